import * as z from 'zod/mini';
import {
  deskIdSchema,
  handoffModeSchema,
  integrationSchema,
  localeSchema,
  slugSchema,
  ticketIdSchema,
  timestampSchema,
} from './common.js';

/** Learner-facing status of a ticket; see docs/design/domain.md for who may move it where. */
export const ticketStatusSchema = z.enum([
  'received',
  'in_progress',
  'waiting_for_learner',
  'resolved',
  'closed',
]);
/** Learner-facing status: `received`, `in_progress`, `waiting_for_learner`, `resolved` or `closed`. */
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** State of a hand-off: `pending` until the receiving desk acts; then `accepted`, or `returned` (declined or expired). */
export const handoffStateSchema = z.enum(['pending', 'accepted', 'returned']);
/** State of a hand-off: `pending`, `accepted` or `returned`. */
export type HandoffState = z.infer<typeof handoffStateSchema>;

/** The most recent hand-off between desks. */
export const handoffSchema = z.object({
  from: deskIdSchema,
  to: deskIdSchema,
  mode: handoffModeSchema,
  state: handoffStateSchema,
  requestedAt: timestampSchema,
  respondedAt: z.optional(timestampSchema),
});
/** The most recent hand-off, as {@link handoffSchema} parses it. */
export type Handoff = z.infer<typeof handoffSchema>;

/** What a {@link TimelineEvent} records. */
export const timelineEventTypeSchema = z.enum([
  'created',
  'handoff_requested',
  'handoff_accepted',
  'handoff_returned',
  'consult_answered',
  'message',
  'status_changed',
  'resolved',
  'reopened',
]);
/** What a timeline event records, e.g. `created` or `handoff_requested`. */
export type TimelineEventType = z.infer<typeof timelineEventTypeSchema>;

/** One step of the ticket's ownership timeline, as the learner sees it. */
export const timelineEventSchema = z.object({
  id: z.string(),
  /** When it happened (ISO 8601, UTC). */
  at: timestampSchema,
  /** What happened ({@link TimelineEventType}). */
  type: timelineEventTypeSchema,
  /** The desk that acted (absent for the learner's own messages and for `reopened`). */
  desk: z.optional(deskIdSchema),
  /** For `handoff_requested`: the desk asked. */
  to: z.optional(deskIdSchema),
  /** For `handoff_requested`. */
  mode: z.optional(handoffModeSchema),
  /** For `handoff_returned`. */
  reason: z.optional(z.enum(['declined', 'expired'])),
  /** For `status_changed`. */
  status: z.optional(ticketStatusSchema),
});
/** One step of the ticket's timeline, as {@link timelineEventSchema} parses it. */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** Who wrote a message: the learner, or a desk (with its id). */
export const messageAuthorSchema = z.union([
  z.object({ kind: z.enum(['learner']) }),
  z.object({ kind: z.enum(['desk']), desk: deskIdSchema }),
]);
/** Who wrote a message: `{ kind: "learner" }` or `{ kind: "desk", desk }`. */
export type MessageAuthor = z.infer<typeof messageAuthorSchema>;

/** A message between the learner and the owning desk, always in the ticket's language. */
export const messageSchema = z.object({
  id: z.string(),
  /** When it was sent (ISO 8601, UTC). */
  at: timestampSchema,
  /** Who wrote it ({@link MessageAuthor}). */
  author: messageAuthorSchema,
  /** The text, as written. */
  body: z.string(),
  /** Always the ticket's language. */
  language: localeSchema,
});
/** A message between the learner and the owning desk, as {@link messageSchema} parses it. */
export type Message = z.infer<typeof messageSchema>;

/** A desk involved in the ticket, with when information from it last arrived. */
export const ticketDeskSchema = z.object({
  id: deskIdSchema,
  integration: integrationSchema,
  /** When information from this desk last reached the ticket; `null` if it has not acted yet. */
  lastSyncAt: z.nullable(timestampSchema),
});
/** A desk involved in a ticket, as {@link ticketDeskSchema} parses it. */
export type TicketDesk = z.infer<typeof ticketDeskSchema>;

/**
 * The ticket's plan: which desk will answer the learner, and by when. Set at filing from the
 * routing rule (`RoutingPreview.answeringDesk`, due `expectedResponseHours` after `createdAt`,
 * rounded up to a whole hour) and changed only by a transfer that changes who answers
 * (docs/design/domain.md, "The plan").
 */
export const ticketPlanSchema = z.object({
  /** The desk that will answer the learner; can differ from `owner` until a planned transfer is accepted. */
  answeringDesk: deskIdSchema,
  /**
   * When its answer is due (ISO 8601, UTC). It does not move when time passes: a client that finds
   * it earlier than now says honestly that the answer is late.
   */
  expectedBy: timestampSchema,
});
/** Who will answer the learner and by when, as {@link ticketPlanSchema} parses it. */
export type TicketPlan = z.infer<typeof ticketPlanSchema>;

const ticketShape = {
  /** Reference shown to the learner, e.g. `OPIN-482019375568`. */
  id: ticketIdSchema,
  /** +1 on every change. */
  version: z.int().check(z.minimum(1)),
  /** Fixed at creation: every answer to the learner is in it. */
  language: localeSchema,
  /** The topic the learner chose: the `id` of one of `GET /topics`. */
  topicId: slugSchema,
  /** The institution the learner named, or `null` when they named none. */
  institutionId: z.nullable(deskIdSchema),
  /** The desk whose portal received the ticket. */
  origin: deskIdSchema,
  /** The learner's subject line. */
  subject: z.string(),
  /** The learner's message, as written. */
  description: z.string(),
  /** How the learner can be reached (validated strictly when filed). */
  contact: z.object({ email: z.string(), name: z.optional(z.string()) }),
  /** Where the ticket stands ({@link TicketStatus}). */
  status: ticketStatusSchema,
  /** The desk that answers the learner; never none. */
  owner: deskIdSchema,
  /** Which desk will answer the learner, and by when ({@link TicketPlan}). */
  plan: ticketPlanSchema,
  /** A desk helping the owner through an accepted consult, until its answer arrives. */
  assisting: z.nullable(deskIdSchema),
  /** The latest hand-off between desks ({@link Handoff}), or `null` before the first. */
  handoff: z.nullable(handoffSchema),
  /** Every desk involved so far ({@link TicketDesk}). */
  desks: z.array(ticketDeskSchema),
  /** What happened to the ticket, oldest first ({@link TimelineEvent}). */
  timeline: z.array(timelineEventSchema),
  /** The messages between the learner and the owning desk, oldest first ({@link Message}). */
  messages: z.array(messageSchema),
  /** When the ticket was filed (ISO 8601, UTC). */
  createdAt: timestampSchema,
  /** When the ticket last changed (ISO 8601, UTC). */
  updatedAt: timestampSchema,
};

/** A ticket as its learner sees it (`GET /tickets/{id}`): no internal notes. */
export const ticketSchema = z.object(ticketShape);
/** A ticket as its learner sees it, as {@link ticketSchema} parses it. */
export type Ticket = z.infer<typeof ticketSchema>;

/** `POST /tickets` → 201. Keep `accessToken`: it is the only key to the ticket. */
export const createTicketResponseSchema = z.object({
  ticket: ticketSchema,
  accessToken: z.string().check(z.minLength(16)),
});
/** The 201 body of `POST /tickets`: `{ ticket, accessToken }`. */
export type CreateTicketResponse = z.infer<typeof createTicketResponseSchema>;

/** @internal Shared with the desk view. */
export { ticketShape };
