/**
 * `ticket_messages`: the messages between the learner and the owning desk (`visibility`
 * `learner`) and the notes between desks (`internal`), numbered from 0 per ticket and visibility.
 * Append-only: a trigger rejects every UPDATE and DELETE (`migrations/0004-ticket-messages.ts`).
 * Message text is personal data: never logged.
 * @internal
 */
import type { InternalNote, Message } from '@opin/support-sdk/schemas';
import type { Json } from './json.js';

/** Who may read an entry: the learner and the desks, or the desks only. */
export type MessageVisibility = 'learner' | 'internal';

/** The `ticket_messages` table. */
export interface TicketMessagesTable {
  ticket_id: string;
  visibility: MessageVisibility;
  /** The entry's place among the ticket's entries of the same visibility (0 first). */
  seq: number;
  /** A `Message` when `learner`, an `InternalNote` when `internal`. */
  entry: Json<Message | InternalNote>;
}
