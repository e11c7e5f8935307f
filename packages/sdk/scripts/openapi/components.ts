/**
 * The named schemas of the OpenAPI document: every request and response body of
 * docs/design/api.md.
 * @internal Used only by the document generator.
 */
import * as z from 'zod/mini';
import * as s from '../../src/schemas/index.js';

/** Component name → schema. The order is the order in the document. */
export const components = {
  ErrorBody: s.errorBodySchema,
  Issue: s.issueSchema,
  Locale: s.localeSchema,
  Institution: s.institutionSchema,
  Desk: s.deskSchema,
  Topic: s.topicSchema,
  Article: s.articleSchema,
  ArticleLink: s.articleLinkSchema,
  ArticleFeedbackRequest: s.articleFeedbackRequestSchema,
  RoutingPreviewRequest: s.routingPreviewRequestSchema,
  RoutingPreview: s.routingPreviewSchema,
  PlannedHandoff: s.plannedHandoffSchema,
  CreateTicketRequest: s.createTicketRequestSchema,
  CreateTicketResponse: s.createTicketResponseSchema,
  Contact: s.contactSchema,
  Ticket: s.ticketSchema,
  TicketStatus: s.ticketStatusSchema,
  Handoff: s.handoffSchema,
  TimelineEvent: s.timelineEventSchema,
  Message: s.messageSchema,
  TicketDesk: s.ticketDeskSchema,
  LearnerMessageRequest: s.learnerMessageRequestSchema,
  MessageAdded: s.messageAddedSchema,
  TicketReopened: s.ticketReopenedSchema,
  EventFrames: s.eventFramesSchema,
  TicketChanges: s.ticketChangesSchema,
  DeskTicket: s.deskTicketSchema,
  DeskEvent: s.deskEventSchema,
  DeskEventType: s.deskEventTypeSchema,
  DeskEventData: s.deskEventDataSchema,
  InternalNote: s.internalNoteSchema,
  HandoffRequest: s.handoffRequestSchema,
  DeclineRequest: s.declineRequestSchema,
  DeskMessageRequest: s.deskMessageRequestSchema,
  StatusRequest: s.statusRequestSchema,
  InboundEmailRequest: s.inboundEmailRequestSchema,
  InboundEmailHeaders: s.inboundEmailHeadersSchema,
  InboundEmailIgnored: s.inboundEmailIgnoredSchema,
  OutboxEmail: s.outboxEmailSchema,
  WebhookDelivery: s.webhookDeliverySchema,
  WebhookDeliveryState: s.webhookDeliveryStateSchema,
  WebhookReplayRequest: s.webhookReplayRequestSchema,
  WebhookReplayResult: s.webhookReplayResultSchema,
  ClockRequest: s.clockRequestSchema,
  MockStats: s.mockStatsSchema,
} as const;

export type ComponentName = keyof typeof components;

/** JSON Schemas of all components, with `$ref`s between them. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    target: 'draft-2020-12',
    // Timestamps are checked by a short pattern at run time (see `timestampSchema`).
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === s.timestampSchema) jsonSchema.format = 'date-time';
    },
  });
  const result: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Components carry neither their own dialect nor an id: the document sets both.
    const rest: Record<string, unknown> = { ...schema };
    delete rest.$schema;
    delete rest.$id;
    result[id] = rest;
  }
  return result;
}
