import * as z from 'zod/mini';
import { messageSchema, ticketStatusSchema } from './ticket.js';

/**
 * `POST /tickets/{id}/messages` → 201 with `Prefer: return=minimal`: the ticket's new `version` and
 * the message as stored, instead of the whole ticket.
 */
export const messageAddedSchema = z.object({
  /** The ticket's version after the message. */
  version: z.int().check(z.minimum(1)),
  /** The message just added. */
  message: messageSchema,
});
/** The minimal answer to `POST /tickets/{id}/messages`: `{ version, message }`. */
export type MessageAdded = z.infer<typeof messageAddedSchema>;

/**
 * `POST /tickets/{id}/reopen` → 200 with `Prefer: return=minimal`: the ticket's new `version` and
 * `status`, instead of the whole ticket.
 */
export const ticketReopenedSchema = z.object({
  /** The ticket's version after reopening. */
  version: z.int().check(z.minimum(1)),
  /** Its status after reopening (`in_progress`). */
  status: ticketStatusSchema,
});
/** The minimal answer to `POST /tickets/{id}/reopen`: `{ version, status }`. */
export type TicketReopened = z.infer<typeof ticketReopenedSchema>;
