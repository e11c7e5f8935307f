/**
 * `@opin/support-mock-server/control`: a client for the mock server's own endpoints (`/_mock/*`:
 * outbox, clock, reset, stats), for tests, demos and load tests. Browser-safe and without msw: it
 * talks over HTTP to a running mock, wherever it runs (a service worker, `startMockServer`, the
 * command). A real backend has none of these endpoints.
 */
export {
  createMockControl,
  type MockClock,
  type MockControl,
  type MockControlOptions,
} from './mock-control.js';
export type { MockStats, OutboxEmail } from '@opin/support-sdk/schemas';
