/**
 * `inbound_emails`: e-mails from desks applied (or ignored) by Message-ID, once per desk: the
 * primary key is `(desk_id, message_id)`. A repeat answers as the first did.
 * @internal
 */
import type { Json } from './json.js';
import type { TimestampDefaultNow } from './timestamps.js';

/** The `inbound_emails` table. */
export interface InboundEmailsTable {
  desk_id: string;
  /** The Message-ID without its angle brackets. */
  message_id: string;
  /** What identifies the e-mail's content: the same Message-ID with other content is refused. */
  fingerprint: string;
  /** What the e-mail came to, as the rules describe it. */
  outcome: Json<unknown>;
  received_at: TimestampDefaultNow;
}
