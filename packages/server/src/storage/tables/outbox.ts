/**
 * `outbox`: e-mails to send, written in the transaction of the change that causes them, and
 * delivered over SMTP by `../../mail/outbox-sender.ts`. Once `sent`, a trigger refuses any change
 * to the row (`migrations/0008-outbox.ts`).
 * Recipients and bodies are personal data: never logged.
 * @internal
 */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, TimestampDefaultNow } from './timestamps.js';

/** Where an e-mail stands: waiting, sent, or given up on. */
export type OutboxState = 'pending' | 'sent' | 'failed';

/** The `outbox` table. */
export interface OutboxTable {
  id: Generated<string>;
  ticket_id: string | null;
  created_at: TimestampDefaultNow;
  sender: string;
  recipient: string;
  /** Where a reply goes (the recipient's reply address); `null` for rows written before 0016. */
  reply_to: ColumnType<string | null, string | null | undefined, string | null>;
  subject: string;
  body: string;
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  /** Set exactly when `state` is `sent`. */
  sent_at: Timestamp | null;
  /** The e-mail's id as the rules gave it (`mail-12`); `null` for rows written otherwise. */
  email_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** When a pending e-mail may be tried next. */
  next_attempt_at: TimestampDefaultNow;
  /** Until when an instance's claim on the e-mail lasts; `null` when unclaimed. */
  claimed_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** What the last attempt failed with: an SMTP reply code or an error code, never text. */
  failure: ColumnType<string | null, string | null | undefined, string | null>;
}
