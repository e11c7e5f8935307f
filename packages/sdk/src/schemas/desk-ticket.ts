import * as z from 'zod/mini';
import { deskIdSchema, localeSchema, timestampSchema } from './common.js';
import { plannedHandoffSchema } from './routing.js';
import { ticketShape } from './ticket.js';

/** A note between desks; never shown to the learner, may be in any language. */
export const internalNoteSchema = z.object({
  id: z.string(),
  at: timestampSchema,
  desk: deskIdSchema,
  kind: z.enum(['note', 'handoff_note', 'consult_answer', 'decline_reason', 'alert']),
  body: z.string(),
  language: z.optional(localeSchema),
});
/** A note between desks, as {@link internalNoteSchema} parses it. */
export type InternalNote = z.infer<typeof internalNoteSchema>;

/** A ticket as a desk sees it: the learner view plus internal notes and the routing advice. */
export const deskTicketSchema = z.object({
  ...ticketShape,
  internalNotes: z.array(internalNoteSchema),
  plannedHandoff: z.nullable(plannedHandoffSchema),
});
/** A ticket as a desk sees it, as {@link deskTicketSchema} parses it. */
export type DeskTicket = z.infer<typeof deskTicketSchema>;
