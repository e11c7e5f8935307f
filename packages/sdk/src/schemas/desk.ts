import * as z from 'zod/mini';
import { deskIdSchema, handoffModeSchema, localeSchema, timestampSchema } from './common.js';
import { plannedHandoffSchema } from './routing.js';
import { text } from './text.js';
import { ticketShape, ticketStatusSchema } from './ticket.js';

/** A note between desks; never shown to the learner, may be in any language. */
export const internalNoteSchema = z.object({
  id: z.string(),
  at: timestampSchema,
  desk: deskIdSchema,
  kind: z.enum(['note', 'handoff_note', 'consult_answer', 'decline_reason', 'alert']),
  body: z.string(),
  language: z.optional(localeSchema),
});
export type InternalNote = z.infer<typeof internalNoteSchema>;

/** A ticket as a desk sees it: the learner view plus internal notes and the routing advice. */
export const deskTicketSchema = z.object({
  ...ticketShape,
  internalNotes: z.array(internalNoteSchema),
  plannedHandoff: z.nullable(plannedHandoffSchema),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;

/** `POST /desk/tickets/{id}/handoffs` (owner only). */
export const handoffRequestSchema = z.object({
  to: deskIdSchema,
  mode: handoffModeSchema,
  note: z.optional(text({ min: 1, max: 10_000 })),
});
export type HandoffRequest = z.input<typeof handoffRequestSchema>;

/** `POST /desk/tickets/{id}/handoffs/decline` (receiving desk only). */
export const declineRequestSchema = z.object({ reason: z.optional(text({ min: 1, max: 2_000 })) });
export type DeclineRequest = z.input<typeof declineRequestSchema>;

/** `POST /desk/tickets/{id}/messages`. */
export const deskMessageRequestSchema = z.object({
  body: text({ min: 1, max: 10_000 }),
  language: localeSchema,
  /** `learner`: a reply to the learner (owner only, ticket language only); `internal`: a note. */
  visibility: z.enum(['learner', 'internal']),
});
export type DeskMessageRequest = z.input<typeof deskMessageRequestSchema>;

/** `POST /desk/tickets/{id}/status` (owner only). */
export const statusRequestSchema = z.object({ status: ticketStatusSchema });
export type StatusRequest = z.infer<typeof statusRequestSchema>;

/** `POST /desk/inbound-email`: the e-mail bridge hands over a desk's reply. */
export const inboundEmailRequestSchema = z.object({
  from: z.email().check(z.maxLength(254)),
  subject: text({ min: 1, max: 998 }),
  body: text({ min: 0, max: 10_000 }),
});
export type InboundEmailRequest = z.input<typeof inboundEmailRequestSchema>;
