/**
 * @internal What the network does to one request: a pure function of the seed, the request's
 * Idempotency-Key and which attempt with that key it is. Interleaving of concurrent callers does
 * not change any caller's faults, so a run repeats exactly.
 */
import { mulberry32, seedOf } from './seeded-random.js';

/**
 * - `deliver`: the answer arrives.
 * - `drop-response`: the server handles the request (and commits), the answer is lost: the
 *   caller's `fetch` fails with a `TypeError`, as on a dropped connection.
 * - `late-response`: the server handles the request, the answer arrives only after the caller
 *   gave up (its timeout aborted the request).
 * - `unavailable`: a gateway answers 503 before the request reaches the server.
 * - `no-connection`: the request never leaves (`TypeError`), nothing reaches the server.
 */
export type Fault = 'deliver' | 'drop-response' | 'late-response' | 'unavailable' | 'no-connection';

/** The share of requests (0–1) that meets each fault; the rest is delivered. */
export type FaultRates = Record<Exclude<Fault, 'deliver'>, number>;

/** The fault of attempt `attempt` (0-based) of the request that carries `key`. */
export type FaultSchedule = (key: string, attempt: number) => Fault;

export function seededFaultSchedule(seed: number, rates: FaultRates): FaultSchedule {
  const faults = Object.entries(rates) as [Exclude<Fault, 'deliver'>, number][];
  return (key, attempt) => {
    let draw = mulberry32(seedOf(seed, key, attempt))();
    for (const [fault, share] of faults) {
      if (draw < share) return fault;
      draw -= share;
    }
    return 'deliver';
  };
}
