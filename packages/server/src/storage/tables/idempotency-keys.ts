/**
 * `idempotency_keys`: `POST /tickets` attempts remembered by client and Idempotency-Key, the key
 * stored hashed. One row per client and key (unique index), written with its response in the
 * transaction that filed the ticket (an attempt still running has no row yet; a `null` response
 * is read as in flight, and only rows of an older version have one). The response is kept sealed (AES-256-GCM under a key only the
 * Idempotency-Key opens: `../../http-state/sql-idempotency-store.ts`), never in clear: it holds
 * the learner's access token.
 * @internal
 */
import type { ColumnType } from 'kysely';
import type { Timestamp, TimestampDefaultNow } from './timestamps.js';

/** The answer a repeat of the request replays, as stored. */
export interface SealedResponse {
  status: number;
  /** The response body (JSON text), encrypted: base64url of IV, authentication tag, ciphertext. */
  sealed: string;
}

/** The `idempotency_keys` table. */
export interface IdempotencyKeysTable {
  /** Who used the key (the HTTP layer's client key, never an address in clear). */
  client: string;
  /** SHA-256 (hex) of the Idempotency-Key. */
  key_hash: string;
  /** SHA-256 (hex) of the request body: the same key with another body is refused. */
  request_hash: string;
  /** `null` while the first attempt runs. A `jsonb` column: write `jsonb(value)`. */
  response: ColumnType<SealedResponse | null, string | null | undefined, string | null>;
  created_at: TimestampDefaultNow;
  expires_at: Timestamp;
}
