/**
 * `reply_key`: the secret reply tags are made with, one row (`id = 1`), made by the first instance
 * that starts and read by every other (`../../mail/reply-key-store.ts`). Never logged or served.
 * @internal
 */
import type { TimestampDefaultNow } from './timestamps.js';

/** The `reply_key` table. */
export interface ReplyKeyTable {
  id: number;
  secret: Uint8Array;
  created_at: TimestampDefaultNow;
}
