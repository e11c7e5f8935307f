/**
 * What the HTTP layer of one mock API instance remembers between requests. It is no part of the
 * domain: the domain's store (`domain/store.ts`) never sees it. `reset()` (`POST /_mock/reset`)
 * empties it together with the store.
 * @internal
 */
import { IdempotencyRecords } from './idempotency.js';
import { RateWindows } from './rate-limit.js';

/** Idempotency records and rate-limit windows. */
export class HttpState {
  /** `POST /tickets` attempts by client and Idempotency-Key (only `./idempotency.ts` uses them). */
  readonly idempotency = new IdempotencyRecords();
  /** Recent ticket creations per client and in all (only `./rate-limit.ts` uses them). */
  readonly rateWindows = new RateWindows();

  /** Forgets every key and every window. */
  reset(): void {
    this.idempotency.clear();
    this.rateWindows.clear();
  }
}
