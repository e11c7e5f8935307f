/**
 * Where `POST /tickets` attempts are remembered by client and Idempotency-Key
 * (`./idempotency.ts` is the only user). The mock keeps them in memory
 * (`./memory-idempotency-store.ts`); the server keeps them in its database, shared by every
 * instance, and remembers an answer in the transaction that filed its ticket.
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

/** What one attempt answered, and whether a repeat of it replays that answer. */
export interface Attempt {
  response: StoredResponse;
  /** `false` for an answer that must not be replayed (the honeypot's). */
  remember: boolean;
}

/** The outcome of `IdempotencyStore.once`: the record that held the key, or the attempt's answer. */
export type Once = { held: IdempotencyRecord } | { answered: StoredResponse };

/** The attempts of one API (memory, or a database that every instance shares). */
export interface IdempotencyStore {
  /**
   * Runs `attempt` under `client`'s `key`, unless a record that has not expired holds the key:
   * then resolves to `{ held }` and runs nothing. A record first used at or before `now - ttlMs`
   * (server clock, ms) has expired. While `attempt` runs the key is held: a concurrent `once` of
   * it gets `{ held: { state: 'in_flight' } }` (with its own fingerprint where the store cannot
   * see the running attempt's). The answer is remembered if the attempt says so; on a store with
   * transactions, in the one transaction that stores what the attempt stores, so that a crash
   * leaves both or neither. If `attempt` throws, nothing is kept and the error passes on.
   */
  once(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
    attempt: () => Promise<Attempt>,
  ): Promise<Once>;
  /** Forgets every key (the control endpoints' reset). */
  clear(): Promise<void>;
}
