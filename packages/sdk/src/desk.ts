/**
 * `@opin/support-sdk/desk`: the desk client (desk tools, ITSM integrations, the e-mail bridge).
 * Errors and their guards come from `@opin/support-sdk`; the mock server's control client is
 * `@opin/support-mock-server/control`.
 * @module @opin/support-sdk/desk
 */
export {
  createDeskClient,
  type DeskClient,
  type DeskClientOptions,
  type QueuePage,
  type QueuePageOptions,
  type ReplayFailedWebhooksOptions,
  type WebhookDeliveriesOptions,
  type WebhookDeliveriesPage,
} from './desk-client.js';
export type { CallOptions, ClientOptions, RetryOptions } from './options.js';
export type { EventWatch, WatchEventsOptions } from './watch/watch-desk-events.js';
export { supportHttpErrorOf } from './support-http-error-of.js';
export type {
  DeclineRequest,
  Desk,
  DeskEvent,
  DeskEventData,
  DeskEventType,
  DeskMessageRequest,
  DeskTicket,
  HandoffRequest,
  InboundEmailHeaders,
  InboundEmailIgnored,
  InboundEmailRequest,
  InternalNote,
  PlannedHandoff,
  TicketStatus,
  WebhookDelivery,
  WebhookDeliveryState,
  WebhookDeliveryTarget,
  WebhookReplayResult,
} from './schemas/index.js';
