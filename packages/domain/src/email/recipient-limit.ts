/**
 * Confirmation e-mails per recipient (issue 16, finding 9). Anyone can file a ticket with any
 * address, so the confirmation is the one e-mail a stranger can make us send to someone else. Each
 * mailbox gets at most `confirmationMailsPerHour` of them in any rolling hour of the server clock;
 * further tickets are filed as usual (the answer does not change, so a sender learns nothing) but
 * are not confirmed by e-mail. `0` turns the limit off.
 * @internal
 */
import type { RuleContext } from '../rule-context.js';

/** The rolling window of the limit, in ms: one hour. */
export const CONFIRMATION_WINDOW_MS = 60 * 60_000;

/**
 * The mailbox an address delivers to: lower case, without a `+tag` in the local part, so that
 * `Victim+1@Example.org` and `victim@example.org` share one limit.
 */
export function mailboxOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address.trim().toLowerCase();
  const local = address.slice(0, at).split('+', 1)[0] ?? '';
  return `${local}@${address.slice(at + 1)}`.trim().toLowerCase();
}

/**
 * Whether a confirmation may go to `address` at `at`; if so, it is counted. `false` once the
 * mailbox had `confirmationMailsPerHour` of them in the hour before.
 */
export function mayConfirmTo(ctx: RuleContext, address: string, at: string): boolean {
  const limit = ctx.options.confirmationMailsPerHour;
  if (limit === 0) return true;
  const now = Date.parse(at);
  const mailbox = mailboxOf(address);
  const log = ctx.records.confirmations;
  const allowed = log.sentBetween(mailbox, now - CONFIRMATION_WINDOW_MS, now).length < limit;
  if (allowed) log.record(mailbox, now);
  return allowed;
}
