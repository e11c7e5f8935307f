/**
 * `@opin/support-mock-server`: the whole Opin.fi support API as msw handlers, with real routing
 * and hand-off rules and seed data. Browser-safe: use the handlers with `setupWorker` (msw/browser),
 * `setupServer` (msw/node), or through `@opin/support-mock-server/node`'s HTTP server.
 */
import type { RequestHandler } from 'msw';
import { MockClock } from './clock.js';
import { createHandlers } from './handlers/index.js';
import { advanceMockClock, resetMock } from './handlers/mock-control-endpoints.js';
import type { HttpContext } from './http/context.js';
import { HttpState } from './http/state.js';
import { resolveOptions, type MockApiOptions } from './options.js';
import { demoConfig, Directory, MemoryTicketRepository } from '@opin/support-domain';

export type { MockApiOptions } from './options.js';
export { deskKeyFor } from './http/auth.js';
export { articles, desks, topics } from '@opin/support-domain';
export type { SeedArticle, SeedArticleText, SeedDesk, SeedTopic } from '@opin/support-domain';

/** One mock API instance: its handlers and controls over its state and clock. */
export interface MockApi {
  /** The msw request handlers; give them to `setupWorker`, `setupServer` or `getResponse`. */
  handlers: RequestHandler[];
  /** Back to the seed: no tickets, e-mails or rate-limit counters; open event streams end. */
  reset(): void;
  /** Moves the server clock forward; due hand-off expiries and auto-closes happen at once. */
  advanceClock(minutes: number): void;
  /** The server clock's current time. */
  now(): Date;
  /** The ticket event streams open right now (for tests of clean-up and load). */
  streamStats(): StreamStats;
}

/** What the mock's ticket event streams are doing. */
export interface StreamStats {
  /** Streams open right now. */
  open: number;
  /** Streams refused (429) for passing `maxStreamsPerTicket` or `maxStreamsPerClient`. */
  refused: number;
  /** Streams dropped because their reader fell `maxStreamBacklogBytes` behind. */
  dropped: number;
}

/** Creates a mock API with its own state. */
export function createMockApi(options?: MockApiOptions): MockApi {
  const resolved = resolveOptions(options);
  const ctx: HttpContext = {
    tickets: new MemoryTicketRepository(resolved),
    http: new HttpState(),
    clock: new MockClock(),
    options: resolved,
    directory: new Directory(demoConfig),
  };
  return {
    handlers: createHandlers(ctx),
    reset: () => resetMock(ctx),
    advanceClock: (minutes) => void advanceMockClock(ctx, minutes),
    now: () => ctx.clock.now(),
    streamStats: () => ({
      open: ctx.http.feeds.streams,
      refused: ctx.http.streamSlots.refused,
      dropped: ctx.http.feeds.dropped,
    }),
  };
}
