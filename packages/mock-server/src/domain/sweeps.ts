/**
 * Changes the clock makes by itself: expired hand-offs return, resolved tickets close after 14
 * days. Run at the start of every request and after the clock moves, over the tickets the store
 * watches for the clock only, so a request costs the same with ten tickets or fifty thousand.
 * @internal
 */
import type { MockContext } from './context.js';
import { expireHandoffs } from './handoffs.js';
import { closeExpiredResolutions } from './lifecycle.js';
import type { StoredTicket } from './model.js';

/** Whether the clock can still change `ticket`. */
function awaitsClock(ticket: StoredTicket): boolean {
  return ticket.handoff?.state === 'pending' || ticket.status === 'resolved';
}

/** Applies every change that is due on the server clock. */
export function runSweeps(ctx: MockContext): void {
  const watched = ctx.store.clockWatched;
  expireHandoffs(ctx, watched);
  closeExpiredResolutions(ctx, watched);
  for (const ticket of watched) if (!awaitsClock(ticket)) watched.delete(ticket);
}
