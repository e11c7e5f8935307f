/**
 * Where `POST /tickets` attempts are remembered by client and Idempotency-Key
 * (`./idempotency.ts` is the only reader). The mock keeps them in memory
 * (`./memory-idempotency-store.ts`); the server keeps them in its database, shared by every
 * instance.
 * @internal
 */

/** A remembered attempt. `fingerprint` is the canonical JSON of the validated request body. */
export type IdempotencyRecord =
  | { state: 'in_flight'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: string };

/** The response an attempt answered: its status and its JSON body as sent. */
export interface StoredResponse {
  status: number;
  body: string;
}

/** The attempts of one API (memory, or a database that every instance shares). */
export interface IdempotencyStore {
  /**
   * Claims `client`'s `key` for a new attempt with `fingerprint`, unless a record that has not
   * expired holds it: then resolves to that record and claims nothing. A record first used at or
   * before `now - ttlMs` (server clock, ms) has expired and is forgotten. Atomic: of two
   * concurrent claims of one key, exactly one resolves to `undefined`.
   */
  claim(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
  ): Promise<IdempotencyRecord | undefined>;
  /** Keeps the claimed attempt's response for replays. */
  complete(client: string, key: string, response: StoredResponse): Promise<void>;
  /** Forgets a claimed attempt that failed, so that the key can be used again. */
  release(client: string, key: string): Promise<void>;
  /** Forgets every key (the control endpoints' reset). */
  clear(): Promise<void>;
}
