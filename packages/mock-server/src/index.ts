/**
 * `@opin/support-mock-server`: the whole Opin.fi support API as msw handlers, with real routing
 * and hand-off rules and seed data. Browser-safe: use the handlers with `setupWorker` (msw/browser),
 * `setupServer` (msw/node), or through `@opin/support-mock-server/node`'s HTTP server.
 */
import type { RequestHandler } from 'msw';
import {
  advanceApiClock,
  ApiClock,
  createHandlers,
  devDeskKeys,
  HttpState,
  MemoryIdempotencyStore,
  noWebhookDeliveries,
  resetApi,
  resolveOptions,
  type ApiContext,
  type ApiOptions,
} from '@opin/support-http';
import { demoConfig, Directory, MemoryTicketRepository, newReplyKey } from '@opin/support-domain';
import { logInternalError } from './log-internal-error.js';
import { memoryControl } from './memory-control.js';

/**
 * How a mock API instance behaves (rate limits, stream caps, the server clock's windows, the base
 * path). Every option has a default.
 */
export type MockApiOptions = ApiOptions;
export { deskKeyFor } from '@opin/support-http';
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
  /** The event streams (of tickets and of desks) open right now (for tests of clean-up and load). */
  streamStats(): StreamStats;
}

/** What the mock's event streams (of tickets and of desks) are doing. */
export interface StreamStats {
  /** Streams open right now. */
  open: number;
  /**
   * Streams refused (429) for passing `maxStreamsPerTicket`, `maxStreamsPerDesk` or
   * `maxStreamsPerClient`.
   */
  refused: number;
  /** Streams dropped because their reader fell `maxStreamBacklogBytes` behind. */
  dropped: number;
}

/** Creates a mock API with its own state. */
export function createMockApi(options?: MockApiOptions): MockApi {
  const resolved = resolveOptions(options);
  const tickets = new MemoryTicketRepository(resolved);
  const directory = new Directory(demoConfig);
  const control = memoryControl(tickets);
  const ctx: ApiContext = {
    tickets,
    http: new HttpState(new MemoryIdempotencyStore()),
    clock: new ApiClock(),
    options: resolved,
    directory,
    deskKeys: devDeskKeys(directory),
    control,
    webhookDeliveries: noWebhookDeliveries,
    reportError: logInternalError,
    // Made afresh for each mock API: reply addresses from another run are not recognised.
    replyKey: newReplyKey(),
  };
  return {
    handlers: createHandlers(ctx),
    // In memory a reset is done when it returns; the clock's rules settle within the same task.
    reset: () => void resetApi(ctx, control),
    advanceClock: (minutes) => void advanceApiClock(ctx, minutes),
    now: () => ctx.clock.now(),
    streamStats: () => ({
      open: ctx.http.feeds.streams + ctx.http.deskStreams.size,
      refused: ctx.http.streamSlots.refused,
      dropped: ctx.http.feeds.dropped,
    }),
  };
}
