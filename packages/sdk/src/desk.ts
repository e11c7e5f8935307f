/**
 * `@opin/support-sdk/desk`: the desk client (desk tools, ITSM integrations, the e-mail bridge)
 * and the mock server's control client. Errors and their guards come from `@opin/support-sdk`.
 * @module @opin/support-sdk/desk
 */
export { createDeskClient, type DeskClient, type DeskClientOptions } from './desk-client.js';
export { createMockControl, type MockControl } from './mock-control.js';
export type { CallOptions, ClientOptions, RetryOptions } from './options.js';
export type {
  DeclineRequest,
  Desk,
  DeskMessageRequest,
  DeskTicket,
  HandoffRequest,
  InboundEmailRequest,
  InternalNote,
  MockStats,
  OutboxEmail,
  PlannedHandoff,
  TicketStatus,
} from './schemas/index.js';
