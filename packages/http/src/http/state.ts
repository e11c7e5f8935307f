/**
 * What the HTTP layer of one API instance remembers between requests. It is no part of the
 * domain: the rules and their repository (`@opin/support-domain`) never see it. The idempotency
 * records live where the host keeps them (memory, or the server's database, shared by its
 * instances); rate windows and stream slots are per instance. `reset()` (`POST /_mock/reset`)
 * empties it together with the repository.
 * @internal
 */
import type { IdempotencyStore } from './idempotency-store.js';
import { OpenStreams } from './open-streams.js';
import { RateWindows } from './rate-limit.js';
import { StreamSlots } from './stream-slots.js';
import { TicketFeeds } from './ticket-feeds.js';

/** Idempotency records, rate-limit windows, and the open event streams with their places. */
export class HttpState<Store extends IdempotencyStore = IdempotencyStore> {
  /**
   * `idempotency`: `POST /tickets` attempts by client and Idempotency-Key (only
   * `./idempotency.ts` uses them).
   */
  constructor(readonly idempotency: Store) {}

  /** Recent ticket creations per client and in all (only `./rate-limit.ts` uses them). */
  readonly rateWindows = new RateWindows();
  /** Recent learner writes (messages, reopen) per ticket id (only `./rate-limit.ts`). */
  readonly writeWindows = new RateWindows();
  /**
   * The tickets followed by event streams (only `./event-stream.ts` uses them). A reset of the
   * repository ends them; they need no reset of their own.
   */
  readonly feeds = new TicketFeeds();
  /**
   * Open event streams per ticket, per desk and per client address (only `../handlers/events.ts`
   * and `../handlers/desk-events.ts`).
   */
  readonly streamSlots = new StreamSlots();
  /** The open desk event streams (only `../handlers/desk-events.ts`); a reset ends them. */
  readonly deskStreams = new OpenStreams();

  /** Forgets every key, window and stream count, and ends the desk event streams. */
  reset(): Promise<void> {
    const keys = this.idempotency.clear();
    this.deskStreams.endAll();
    this.rateWindows.clear();
    this.writeWindows.clear();
    this.streamSlots.reset();
    this.feeds.dropped = 0;
    return keys;
  }
}
