import * as z from 'zod/mini';
import {
  deskIdSchema,
  handoffModeSchema,
  integrationSchema,
  localeSchema,
  slugSchema,
} from './common.js';

/** `POST /routing/preview`: who would receive and answer a ticket, before it is filed. */
export const routingPreviewRequestSchema = z.object({
  topicId: slugSchema,
  institutionId: z.optional(deskIdSchema),
  origin: deskIdSchema,
  language: localeSchema,
});
export type RoutingPreviewRequest = z.infer<typeof routingPreviewRequestSchema>;

/** A hand-off the routing rule advises the owning desk to open. */
export const plannedHandoffSchema = z.object({ to: deskIdSchema, mode: handoffModeSchema });
export type PlannedHandoff = z.infer<typeof plannedHandoffSchema>;

/** The routing rule's answer, shown to the learner in plain words. */
export const routingPreviewSchema = z.object({
  receivingDesk: deskIdSchema,
  answeringDesk: deskIdSchema,
  plannedHandoff: z.nullable(plannedHandoffSchema),
  language: localeSchema,
  /** The answering desk's response target. */
  expectedResponseHours: z.number(),
  /** Every desk involved, with how it is connected. */
  desks: z.array(z.object({ id: deskIdSchema, integration: integrationSchema })),
});
export type RoutingPreview = z.infer<typeof routingPreviewSchema>;
