/**
 * `@opin/support-http`: the HTTP contract v1 of Opin.fi support as msw handlers over the rules
 * (`@opin/support-domain`), for any host: the mock (memory, browser or Node) and the support
 * server (PostgreSQL) mount the same handlers with their own `ApiContext`. Browser-safe; the
 * node:http listener is in `@opin/support-http/node`. Internal: no public API promises.
 * @packageDocumentation
 */
export type { ApiContext } from './api-context.js';
export { ApiClock, MAX_CLOCK_OFFSET_MINUTES } from './clock.js';
export type { ApiControl, OutboxFilter } from './control/api-control.js';
export { advanceApiClock, controlPathOf, resetApi } from './handlers/control-endpoints.js';
export { createHandlers } from './handlers/index.js';
export { CLIENT_ADDRESS_HEADER } from './http/client-key.js';
export { requireOrigins } from './http/control-origin.js';
export { deskKeyFor, devDeskKeys, type DeskKeys } from './http/desk-keys.js';
export type {
  Attempt,
  IdempotencyRecord,
  IdempotencyStore,
  Once,
  StoredResponse,
} from './http/idempotency-store.js';
export {
  MAX_IDEMPOTENCY_RECORDS,
  MemoryIdempotencyStore,
  type TimedIdempotencyRecord,
} from './http/memory-idempotency-store.js';
export { takeLearnerWriteSlot, type SavedRateWindows } from './http/rate-limit.js';
export { HttpState } from './http/state.js';
export {
  MAX_REPLAYED_PER_CALL,
  noWebhookDeliveries,
  type WebhookDeliveryFilter,
  type WebhookDeliveryLog,
} from './webhooks/webhook-delivery-log.js';
export {
  DEFAULT_BASE_PATH,
  resolveOptions,
  type ApiOptions,
  type ResolvedApiOptions,
} from './options.js';
