/**
 * Puts a mock API back to a saved state in well under a millisecond, so a property need not
 * rebuild its fixture after every request that succeeded. Id counters are private to the store
 * and keep counting, so restored ids never collide with new ones — unless the store was reset
 * in between (the counters start again), and then the caller must rebuild instead. Ticket
 * references are random and never collide.
 */
import type { IdempotencyRecord } from '../../../src/http/idempotency.js';
import type { SavedRateWindows } from '../../../src/http/rate-limit.js';
import type { World } from './world.js';

/** What the store held when it was saved. */
export interface SavedState {
  tickets: string;
  outbox: string;
  idempotency: string;
  rateWindows: string;
  feedback: string;
  inboundEmails: string;
  confirmationMails: string;
  clockOffsetMinutes: number;
  /** How often the store had been reset. */
  resets: number;
}

/** Saves what the store and the HTTP state hold. */
export function saveState(world: World): SavedState {
  const { store, http, clock } = world.ctx;
  return {
    tickets: JSON.stringify([...store.tickets.entries()]),
    outbox: JSON.stringify(store.outbox),
    idempotency: JSON.stringify(http.idempotency),
    rateWindows: JSON.stringify(http.rateWindows),
    feedback: JSON.stringify([...store.feedback.entries()]),
    inboundEmails: JSON.stringify([...store.inboundEmails.entries()]),
    confirmationMails: JSON.stringify([...store.confirmationMails.entries()]),
    clockOffsetMinutes: clock.offsetMinutes,
    resets: store.resets,
  };
}

function refill<K, V>(map: Map<K, V>, json: string): void {
  map.clear();
  for (const [key, value] of JSON.parse(json) as [K, V][]) map.set(key, value);
}

/**
 * Restores a saved state; `false` (nothing restored) when the store was reset since, since new
 * message, note and event ids would then collide with the saved ones.
 */
export function restoreState(world: World, saved: SavedState): boolean {
  const { store, http, clock } = world.ctx;
  if (store.resets !== saved.resets) return false;
  refill(store.tickets, saved.tickets);
  store.clockWatched.clear();
  for (const ticket of store.tickets.values()) store.clockWatched.add(ticket);
  store.outbox.splice(0, store.outbox.length, ...(JSON.parse(saved.outbox) as typeof store.outbox));
  http.idempotency.restore(JSON.parse(saved.idempotency) as [string, IdempotencyRecord][]);
  http.rateWindows.restore(JSON.parse(saved.rateWindows) as SavedRateWindows);
  refill(store.feedback, saved.feedback);
  refill(store.inboundEmails, saved.inboundEmails);
  refill(store.confirmationMails, saved.confirmationMails);
  clock.reset();
  clock.advance(saved.clockOffsetMinutes);
  return true;
}
