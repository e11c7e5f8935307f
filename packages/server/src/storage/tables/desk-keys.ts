/**
 * `desk_keys`: the credentials desks use, stored hashed (`../../keys/`). The hash is unique.
 * @internal
 */
import type { Timestamp, TimestampDefaultNow } from './timestamps.js';

/** The `desk_keys` table. */
export interface DeskKeysTable {
  /** A public id for the key (shown by `keys list`, used by `keys revoke`). */
  id: string;
  desk_id: string;
  /** SHA-256 (hex) of the key; the key itself is never stored. */
  key_hash: string;
  created_at: TimestampDefaultNow;
  /** When it was revoked; `null` while it works. */
  revoked_at: Timestamp | null;
}
