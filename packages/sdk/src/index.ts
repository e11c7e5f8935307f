/**
 * `@opin/support-sdk`: a typed client for the Opin.fi support API, for browsers and Node.js ≥ 20.3.
 * The desk client is in `@opin/support-sdk/desk`; the zod schemas in `@opin/support-sdk/schemas`.
 * @module @opin/support-sdk
 */
export { createSupportClient, type CreatedTicket, type SupportClient } from './learner-client.js';
export { createIdempotencyKey } from './idempotency-key.js';
export { isRetryableError } from './is-retryable-error.js';
export type { CallOptions, ClientOptions, RetryOptions, TicketAccess } from './options.js';
export type { WatchOptions } from './watch/watch-ticket.js';
export {
  SupportAbortError,
  SupportError,
  SupportHttpError,
  SupportNetworkError,
  SupportRateLimitError,
  SupportResponseValidationError,
  SupportTimeoutError,
  isSupportAbortError,
  isSupportError,
  isSupportHttpError,
  isSupportNetworkError,
  isSupportRateLimitError,
  isSupportResponseValidationError,
  isSupportTimeoutError,
  type SupportHttpErrorInit,
} from './errors/index.js';
export type {
  Article,
  ArticleFeedbackRequest,
  ArticleLink,
  Contact,
  CreateTicketRequest,
  Desk,
  ErrorBody,
  ErrorCode,
  Handoff,
  HandoffMode,
  HandoffState,
  Institution,
  Integration,
  Issue,
  LearnerMessageRequest,
  Locale,
  LocalizedText,
  Message,
  MessageAuthor,
  RoutingPreview,
  RoutingPreviewRequest,
  Ticket,
  TicketDesk,
  TicketPlan,
  TicketStatus,
  TimelineEvent,
  TimelineEventType,
  Topic,
  TopicKind,
} from './schemas/index.js';
