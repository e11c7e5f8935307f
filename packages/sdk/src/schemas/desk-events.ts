import * as z from 'zod/mini';
import { deskIdSchema, handoffModeSchema, ticketIdSchema, timestampSchema } from './common.js';
import { handoffStateSchema, ticketStatusSchema } from './ticket.js';

/**
 * What a {@link DeskEvent} tells a desk (docs/design/realtime.md, "Desk events"):
 * - `ticket.received`: a ticket was filed to it;
 * - `handoff.offered`: a hand-off was asked of it, or it asked one;
 * - `handoff.accepted`, `handoff.declined`, `handoff.expired`: a hand-off it asked or was asked ended so;
 * - `consult.answered`: the desk it consulted answered;
 * - `message.learner`: the learner wrote;
 * - `status.changed`: the status moved (also when resolved or reopened).
 */
export const deskEventTypeSchema = z.enum([
  'ticket.received',
  'handoff.offered',
  'handoff.accepted',
  'handoff.declined',
  'handoff.expired',
  'consult.answered',
  'message.learner',
  'status.changed',
]);
/** What a desk event tells, e.g. `handoff.offered`. */
export type DeskEventType = z.infer<typeof deskEventTypeSchema>;

/** The ticket's state after the change that made a {@link DeskEvent}: ids and state, never text. */
export const deskEventDataSchema = z.object({
  status: ticketStatusSchema,
  owner: deskIdSchema,
  assisting: z.nullable(deskIdSchema),
  /** The most recent hand-off, if the ticket has had one. */
  handoff: z.nullable(
    z.object({
      from: deskIdSchema,
      to: deskIdSchema,
      mode: handoffModeSchema,
      state: handoffStateSchema,
    }),
  ),
  /** The timeline entry the event comes from. */
  timelineEventId: z.string(),
  /** For `message.learner`: the learner's message (read it with `GET /desk/tickets/{id}`). */
  messageId: z.optional(z.string()),
});
/** A desk event's data, as {@link deskEventDataSchema} parses it. */
export type DeskEventData = z.infer<typeof deskEventDataSchema>;

/**
 * One event of a desk's event log, as webhooks post it and `GET /desk/events` streams it. Events
 * are thin: a receiver that wants a ticket's text reads it with its desk key, where the access rules
 * apply.
 */
export const deskEventSchema = z.object({
  /** `<desk>:<seq>`, unique across desks: what a receiver deduplicates on. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}:[1-9]\d*$/, 'Not a desk event id.')),
  /** Grows by one with each event of this desk, from 1, without gaps. */
  seq: z.number().check(z.int(), z.positive()),
  type: deskEventTypeSchema,
  /** When the change happened (ISO 8601, UTC). */
  at: timestampSchema,
  /** The desk the event is for. */
  desk: deskIdSchema,
  ticketId: ticketIdSchema,
  /** The ticket's `version` after the change: a receiver holding a newer one ignores the event. */
  version: z.number().check(z.int(), z.positive()),
  data: deskEventDataSchema,
});
/** A desk event, as {@link deskEventSchema} parses it. */
export type DeskEvent = z.infer<typeof deskEventSchema>;
