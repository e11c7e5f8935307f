/**
 * When a ticket next needs the clock: the end of its pending hand-off's acknowledgement window, or
 * the day its resolution closes by itself. The mock keeps the tickets with such a time and sweeps
 * them on every request; a server keeps one timer row per ticket with this time, written in the
 * transaction of the change that set it.
 * @internal
 */
import { handoffExpiresAt } from './handoffs.js';
import { resolutionClosesAt } from './lifecycle.js';
import type { StoredTicket } from './model.js';
import type { RuleOptions } from './rule-options.js';

/** The next time (ISO 8601) the clock changes `ticket` by itself, or `null` if it never will. */
export function nextClockTime(
  ticket: StoredTicket,
  options: Pick<RuleOptions, 'ackWindowMinutes'>,
): string | null {
  const times = [handoffExpiresAt(ticket, options), resolutionClosesAt(ticket)].filter(
    (time) => time !== undefined,
  );
  return times.length === 0 ? null : new Date(Math.min(...times)).toISOString();
}
