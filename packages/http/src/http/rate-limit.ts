/**
 * Rate limits over a rolling minute of the server clock: ticket creations per client key
 * (`./client-key.ts`) and over all clients together, and a learner's writes (messages, reopen) per
 * ticket. Counters idle for a minute are forgotten, and at most `maxClients` keys are kept (the
 * least recently counted go first), so memory stays bounded whatever the number of addresses.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { ApiError } from '@opin/support-domain';

const WINDOW_MS = 60_000;

/** How many clients' counters are kept at most. */
export const MAX_TRACKED_CLIENTS = 10_000;

/** The counters of `RateWindows` as plain data. */
export interface SavedRateWindows {
  clients: [string, number[]][];
  all: number[];
}

/** Times (server clock, ms) of recent ticket creations, per client and in all. */
export class RateWindows {
  /** Per client key, oldest first; the map in order of each client's latest creation. */
  readonly #clients = new Map<string, number[]>();
  readonly #all: number[] = [];

  constructor(readonly maxClients = MAX_TRACKED_CLIENTS) {}

  /** How many clients' counters are kept. */
  get size(): number {
    return this.#clients.size;
  }

  /** Forgets every counter. */
  clear(): void {
    this.#clients.clear();
    this.#all.length = 0;
  }

  /** Drops what lies outside the window ending at `now`: idle clients first. */
  forgetBefore(now: number): void {
    const start = now - WINDOW_MS;
    for (const [client, times] of this.#clients) {
      if ((times[times.length - 1] ?? 0) > start) break;
      this.#clients.delete(client);
    }
    while ((this.#all[0] ?? Infinity) <= start) this.#all.shift();
  }

  /** The client's creations in the window ending at `now`, oldest first. */
  recent(client: string, now: number): readonly number[] {
    const times = this.#clients.get(client);
    if (!times) return [];
    while ((times[0] ?? Infinity) <= now - WINDOW_MS) times.shift();
    return times;
  }

  /** Every client's creations in the window (after `forgetBefore`), oldest first. */
  get all(): readonly number[] {
    return this.#all;
  }

  /** The counters as plain data (tests save, restore and compare them). */
  toJSON(): SavedRateWindows {
    return {
      clients: [...this.#clients].map(([key, times]) => [key, [...times]]),
      all: [...this.#all],
    };
  }

  /** Puts back counters saved with `toJSON`. */
  restore(saved: SavedRateWindows): void {
    this.clear();
    for (const [key, times] of saved.clients) this.#clients.set(key, [...times]);
    this.#all.push(...saved.all);
  }

  /** Counts a creation of `client` at `now`. */
  record(client: string, now: number): void {
    const times = [...this.recent(client, now), now];
    this.#clients.delete(client);
    if (this.#clients.size >= this.maxClients) {
      const oldest = this.#clients.keys().next();
      if (!oldest.done) this.#clients.delete(oldest.value);
    }
    this.#clients.set(client, times);
    this.#all.push(now);
  }
}

function limited(times: readonly number[], limit: number, now: number, message: string) {
  const freesASlot = times[times.length - limit] ?? now;
  const retryAfter = Math.max(1, Math.ceil((freesASlot + WINDOW_MS - now) / 1000));
  return new ApiError(429, 'rate_limited', `${message}; try again in ${retryAfter} s.`, undefined, {
    'Retry-After': String(retryAfter),
  });
}

/**
 * Counts one creation for this client, or refuses: 429 with `Retry-After` (s) when the client
 * or all clients together are over their limit. A limit of 0 is off.
 */
export function takeCreationSlot(ctx: ApiContext, windows: RateWindows, client: string): void {
  const { rateLimitPerMinute: perClient, globalRateLimitPerMinute: overall } = ctx.options;
  if (perClient === 0 && overall === 0) return;
  const now = ctx.clock.now().getTime();
  windows.forgetBefore(now);
  const recent = windows.recent(client, now);
  if (perClient > 0 && recent.length >= perClient) {
    throw limited(recent, perClient, now, 'Too many tickets from this address');
  }
  if (overall > 0 && windows.all.length >= overall) {
    throw limited(windows.all, overall, now, 'The server takes too many tickets just now');
  }
  windows.record(client, now);
}

/**
 * Counts one learner write (a message, a reopen) on `ticketId`, or refuses: 429 with
 * `Retry-After` (s), `learnerWritesPerMinute` per ticket (0 = off).
 */
export function takeLearnerWriteSlot(
  ctx: ApiContext,
  windows: RateWindows,
  ticketId: string,
): void {
  const limit = ctx.options.learnerWritesPerMinute;
  if (limit === 0) return;
  const now = ctx.clock.now().getTime();
  windows.forgetBefore(now);
  const recent = windows.recent(ticketId, now);
  if (recent.length >= limit) {
    throw limited(recent, limit, now, `Too many messages on ${ticketId}`);
  }
  windows.record(ticketId, now);
}
