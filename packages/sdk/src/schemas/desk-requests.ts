/** Request bodies of the desk endpoints. */
import * as z from 'zod/mini';
import { deskIdSchema, handoffModeSchema, localeSchema } from './common.js';
import { text } from './text.js';
import { ticketStatusSchema } from './ticket.js';

/** `POST /desk/tickets/{id}/handoffs` (owner only). */
export const handoffRequestSchema = z.object({
  to: deskIdSchema,
  mode: handoffModeSchema,
  note: z.optional(text({ min: 1, max: 10_000 })),
});
/** The body of `POST /desk/tickets/{id}/handoffs`: `{ to, mode, note? }`. */
export type HandoffRequest = z.input<typeof handoffRequestSchema>;

/** `POST /desk/tickets/{id}/handoffs/decline` (receiving desk only). */
export const declineRequestSchema = z.object({ reason: z.optional(text({ min: 1, max: 2_000 })) });
/** The body of `POST /desk/tickets/{id}/handoffs/decline`: `{ reason? }`. */
export type DeclineRequest = z.input<typeof declineRequestSchema>;

/** `POST /desk/tickets/{id}/messages`. */
export const deskMessageRequestSchema = z.object({
  body: text({ min: 1, max: 10_000 }),
  language: localeSchema,
  /** `learner`: a reply to the learner (owner only, ticket language only); `internal`: a note. */
  visibility: z.enum(['learner', 'internal']),
});
/** The body of `POST /desk/tickets/{id}/messages`: `{ body, language, visibility }`. */
export type DeskMessageRequest = z.input<typeof deskMessageRequestSchema>;

/** `POST /desk/tickets/{id}/status` (owner only). */
export const statusRequestSchema = z.object({ status: ticketStatusSchema });
/** The body of `POST /desk/tickets/{id}/status`: `{ status }`. */
export type StatusRequest = z.infer<typeof statusRequestSchema>;

/** `POST /desk/inbound-email`: the e-mail bridge hands over a desk's reply. */
export const inboundEmailRequestSchema = z.object({
  from: z.email().check(z.maxLength(254)),
  subject: text({ min: 1, max: 998 }),
  body: text({ min: 0, max: 10_000 }),
});
/** The body of `POST /desk/inbound-email`: `{ from, subject, body }`. */
export type InboundEmailRequest = z.input<typeof inboundEmailRequestSchema>;
