import * as z from 'zod/mini';
import { messageSchema, ticketShape, timelineEventSchema } from './ticket.js';

/**
 * What the frames of `GET /tickets/{id}/events` carry, by `?frames=`: `ticket` (the default), the
 * whole learner view in every frame; `changes`, the whole ticket first, then each change as a small
 * `event: changes` frame ({@link ticketChangesSchema}).
 */
export const eventFramesSchema = z.enum(['ticket', 'changes']);
/** What the frames of an event stream carry: `ticket` or `changes`. */
export type EventFrames = z.infer<typeof eventFramesSchema>;

/** The query of `GET /tickets/{id}/events`: `?frames=`, optional. */
export const ticketEventsQuerySchema = z.object({ frames: z.optional(eventFramesSchema) });
/** The query of `GET /tickets/{id}/events`. */
export type TicketEventsQuery = z.infer<typeof ticketEventsQuerySchema>;

const indexSchema = z.int().check(z.minimum(0));

/**
 * The data of an `event: changes` frame (`?frames=changes`): the ticket at its new `version`, the
 * version right after the one the stream sent before, with every field as in {@link ticketSchema}
 * but `messages` and `timeline`, which hold only what was appended since that version. The two
 * indices say where the appended items go, so a client can check it holds exactly the ones before.
 */
export const ticketChangesSchema = z.object({
  ...ticketShape,
  /** The messages appended since the version before (oldest first; often none). */
  messages: z.array(messageSchema),
  /** The timeline events appended since the version before (oldest first; often none). */
  timeline: z.array(timelineEventSchema),
  /** The index of the first of `messages`: how many messages the version before held. */
  messagesFrom: indexSchema,
  /** The index of the first of `timeline`: how many timeline events the version before held. */
  timelineFrom: indexSchema,
});
/** The data of an `event: changes` frame, as {@link ticketChangesSchema} parses it. */
export type TicketChanges = z.infer<typeof ticketChangesSchema>;
