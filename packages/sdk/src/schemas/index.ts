/**
 * The zod schemas of the Opin.fi support API (v1): the single source of truth for the SDK,
 * the mock server and the generated OpenAPI document.
 * @module @opin/support-sdk/schemas
 */
export {
  type DeskId,
  deskIdSchema,
  type ErrorBody,
  errorBodySchema,
  type ErrorCode,
  errorCodeSchema,
  type HandoffMode,
  handoffModeSchema,
  type Integration,
  integrationSchema,
  type Issue,
  issueSchema,
  type Locale,
  locales,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  OPIN_DESK_ID,
  slugSchema,
  ticketIdSchema,
  timestampSchema,
} from './common.js';
export { type Desk, deskSchema, type Institution, institutionSchema } from './desk-directory.js';
export { type Topic, type TopicKind, topicKindSchema, topicSchema } from './topic.js';
export { type Article, type ArticleLink, articleLinkSchema, articleSchema } from './article.js';
export {
  type PlannedHandoff,
  plannedHandoffSchema,
  type RoutingPreview,
  routingPreviewSchema,
} from './routing.js';
export {
  type CreateTicketResponse,
  createTicketResponseSchema,
  type Handoff,
  handoffSchema,
  type HandoffState,
  handoffStateSchema,
  type Message,
  type MessageAuthor,
  messageAuthorSchema,
  messageSchema,
  type Ticket,
  type TicketDesk,
  ticketDeskSchema,
  type TicketPlan,
  ticketPlanSchema,
  ticketSchema,
  type TicketStatus,
  ticketStatusSchema,
  type TimelineEvent,
  timelineEventSchema,
  type TimelineEventType,
  timelineEventTypeSchema,
} from './ticket.js';
export {
  type EventFrames,
  eventFramesSchema,
  type TicketChanges,
  ticketChangesSchema,
  type TicketEventsQuery,
  ticketEventsQuerySchema,
} from './ticket-events.js';
export {
  type MessageAdded,
  messageAddedSchema,
  type TicketReopened,
  ticketReopenedSchema,
} from './minimal-answers.js';
export {
  type DeskTicket,
  deskTicketSchema,
  type InternalNote,
  internalNoteSchema,
} from './desk-ticket.js';
export {
  type ArticleFeedbackRequest,
  articleFeedbackRequestSchema,
  type ArticlesQuery,
  articlesQuerySchema,
  type Contact,
  contactSchema,
  type CreateTicketRequest,
  createTicketRequestSchema,
  idempotencyKeySchema,
  type LearnerMessageRequest,
  learnerMessageRequestSchema,
  type RoutingPreviewRequest,
  routingPreviewRequestSchema,
  type TopicsQuery,
  topicsQuerySchema,
} from './learner-requests.js';
export {
  type DeclineRequest,
  declineRequestSchema,
  type DeskMessageRequest,
  deskMessageRequestSchema,
  type HandoffRequest,
  handoffRequestSchema,
  type InboundEmailHeaders,
  inboundEmailHeadersSchema,
  type InboundEmailIgnored,
  inboundEmailIgnoredSchema,
  type InboundEmailRequest,
  inboundEmailRequestSchema,
  type StatusRequest,
  statusRequestSchema,
} from './desk-requests.js';
export {
  type DeskEvent,
  type DeskEventData,
  deskEventDataSchema,
  deskEventSchema,
  type DeskEventType,
  deskEventTypeSchema,
} from './desk-events.js';
export {
  type ClockRequest,
  clockRequestSchema,
  type MockStats,
  mockStatsSchema,
  type OutboxEmail,
  outboxEmailSchema,
} from './mock.js';
export {
  codePointLength,
  hasVisibleText,
  normalizeText,
  text,
  type TextLimits,
  textProblem,
  type TextProblem,
} from './text.js';
export {
  type WebhookDeliveriesQuery,
  webhookDeliveriesQuerySchema,
  type WebhookDelivery,
  webhookDeliverySchema,
  type WebhookDeliveryState,
  webhookDeliveryStateSchema,
  type WebhookDeliveryTarget,
  webhookDeliveryTargetSchema,
  type WebhookReplayRequest,
  webhookReplayRequestSchema,
  type WebhookReplayResult,
  webhookReplayResultSchema,
} from './webhook-deliveries.js';
