/**
 * `idempotency_keys`: `POST /tickets` attempts remembered by client and Idempotency-Key, the key
 * stored hashed. One row per client and key (unique index). A row without a response is an
 * attempt still running.
 * @internal
 */
import type { Json } from './json.js';
import type { Timestamp, TimestampDefaultNow } from './timestamps.js';

/** The answer a repeat of the request replays. */
export interface StoredResponse {
  status: number;
  /** The response body as sent (JSON text). */
  body: string;
}

/** The `idempotency_keys` table. */
export interface IdempotencyKeysTable {
  /** Who used the key (the HTTP layer's client key, never an address in clear). */
  client: string;
  /** SHA-256 (hex) of the Idempotency-Key. */
  key_hash: string;
  /** SHA-256 (hex) of the request body: the same key with another body is refused. */
  request_hash: string;
  /** `null` while the first attempt runs. */
  response: Json<StoredResponse | null>;
  created_at: TimestampDefaultNow;
  expires_at: Timestamp;
}
