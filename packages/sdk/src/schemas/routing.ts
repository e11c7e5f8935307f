import * as z from 'zod/mini';
import {
  deskIdSchema,
  handoffModeSchema,
  integrationSchema,
  localeSchema,
  timestampSchema,
} from './common.js';

/** A hand-off the routing rule advises the owning desk to open. */
export const plannedHandoffSchema = z.object({ to: deskIdSchema, mode: handoffModeSchema });
/** The hand-off the routing rule advises: `{ to, mode }`. */
export type PlannedHandoff = z.infer<typeof plannedHandoffSchema>;

/** The routing rule's answer, shown to the learner in plain words. */
export const routingPreviewSchema = z.object({
  receivingDesk: deskIdSchema,
  answeringDesk: deskIdSchema,
  plannedHandoff: z.nullable(plannedHandoffSchema),
  language: localeSchema,
  /** The answering desk's response target. */
  expectedResponseHours: z.number(),
  /**
   * When the answer would be due if the ticket were filed now (ISO 8601, UTC): the response target
   * after the current server time, rounded up to a whole hour, as `Ticket.plan.expectedBy` is.
   */
  expectedBy: timestampSchema,
  /** Every desk involved, with how it is connected. */
  desks: z.array(z.object({ id: deskIdSchema, integration: integrationSchema })),
});
/** The routing rule's answer, as {@link routingPreviewSchema} parses it. */
export type RoutingPreview = z.infer<typeof routingPreviewSchema>;
