/**
 * Rate limits over a rolling minute (server clock): ticket creations per client address, and a
 * learner's writes (messages, reopen) per ticket.
 * @internal
 */
import type { MockContext } from '../domain/context.js';
import { MockApiError } from '../domain/errors.js';

/** Request header the Node adapter sets to the socket's address (overwriting any sent one). */
export const CLIENT_ADDRESS_HEADER = 'x-opin-mock-client';
const WINDOW_MS = 60_000;

/** Per client address: times (server clock, ms) of its recent ticket creations, oldest first. */
export type RateWindows = Map<string, number[]>;

/** The caller's address; without the Node adapter (in a browser) everyone shares one bucket. */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'shared';
}

/**
 * Counts one action for `key` in `windows` if fewer than `limit` (0: no limit) happened in the last
 * minute, or refuses: 429 `rate_limited` with `Retry-After` (s), told by `why`.
 */
function takeSlot(
  ctx: MockContext,
  windows: RateWindows,
  key: string,
  limit: number,
  why: (retryAfter: number) => string,
): void {
  if (limit === 0) return;
  const now = ctx.clock.now().getTime();
  const recent = (windows.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
  if (recent.length >= limit) {
    const oldest = recent[0] ?? now;
    const retryAfter = Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    windows.set(key, recent);
    throw new MockApiError(429, 'rate_limited', why(retryAfter), undefined, {
      'Retry-After': String(retryAfter),
    });
  }
  recent.push(now);
  windows.set(key, recent);
}

/** Counts one creation for this client in `windows`, or refuses: 429 with `Retry-After` (s). */
export function takeCreationSlot(ctx: MockContext, windows: RateWindows, client: string): void {
  takeSlot(
    ctx,
    windows,
    client,
    ctx.options.rateLimitPerMinute,
    (retryAfter) => `Too many tickets from this address; try again in ${retryAfter} s.`,
  );
}

/**
 * Counts one learner write (a message, a reopen) on `ticketId`, or refuses: 429 with
 * `Retry-After` (s), `learnerWritesPerMinute` per ticket.
 */
export function takeLearnerWriteSlot(
  ctx: MockContext,
  windows: RateWindows,
  ticketId: string,
): void {
  takeSlot(
    ctx,
    windows,
    ticketId,
    ctx.options.learnerWritesPerMinute,
    (retryAfter) => `Too many messages on ${ticketId}; try again in ${retryAfter} s.`,
  );
}
