/**
 * `confirmation_mails`: when a confirmation e-mail went to a mailbox, for the per-mailbox hourly
 * limit (docs/reliability.md). The mailbox is stored as the SHA-256 of its normalised address
 * (lower case, no `+tag`), never in clear; rows older than the limit's hour may be deleted.
 * @internal
 */
import type { Generated } from 'kysely';
import type { Timestamp } from './timestamps.js';

/** The `confirmation_mails` table. */
export interface ConfirmationMailsTable {
  id: Generated<string>;
  /** SHA-256 (hex) of the normalised mailbox address. */
  mailbox_hash: string;
  sent_at: Timestamp;
}
