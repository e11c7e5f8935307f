/**
 * Puts the mock's context back to a saved state in well under a millisecond, so a property need not
 * rebuild its fixture after every request that succeeded. Id counters are private to the repository
 * and keep counting, so restored ids never collide with new ones — unless it was reset
 * in between (the counters start again), and then the caller must rebuild instead. Ticket
 * references are random and never collide.
 */
import type { SavedRateWindows, TimedIdempotencyRecord } from '@opin/support-http';
import type { MockTestContext } from '../../support/domain.js';

/** What the repository and the HTTP state held when they were saved. */
export interface SavedState {
  /** The repository's tickets and records (`MemoryTicketRepository.serialize`). */
  repository: string;
  idempotency: string;
  rateWindows: string;
  clockOffsetMinutes: number;
  /** How often the repository had been reset. */
  resets: number;
}

/** Saves what the repository and the HTTP state hold. */
export function saveState(ctx: MockTestContext): SavedState {
  const { tickets, http, clock } = ctx;
  return {
    repository: tickets.serialize(),
    idempotency: JSON.stringify(http.idempotency),
    rateWindows: JSON.stringify(http.rateWindows),
    clockOffsetMinutes: clock.offsetMinutes,
    resets: tickets.resets,
  };
}

/**
 * Restores a saved state; `false` (nothing restored) when the repository was reset since, since
 * new message, note and event ids would then collide with the saved ones.
 */
export function restoreState(ctx: MockTestContext, saved: SavedState): boolean {
  const { tickets, http, clock } = ctx;
  if (tickets.resets !== saved.resets) return false;
  tickets.restore(saved.repository);
  http.idempotency.restore(JSON.parse(saved.idempotency) as [string, TimedIdempotencyRecord][]);
  http.rateWindows.restore(JSON.parse(saved.rateWindows) as SavedRateWindows);
  clock.reset();
  clock.advance(saved.clockOffsetMinutes);
  return true;
}
