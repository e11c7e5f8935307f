/**
 * One mock API driven in process: its msw handlers answer `Request`s through msw's `getResponse`
 * (no sockets). They are the handlers `createMockApi()` builds, made from a context the test
 * keeps at hand, so a property can compare the whole stored state before and after a request.
 */
import '@opin/support-http/node';
import { getResponse } from 'msw';
import { createHandlers } from '@opin/support-http';
import type { MockApiOptions } from '../../../src/index.js';
import { testContext, type MockTestContext } from '../../support/domain.js';
import { restoreState, saveState } from './restore.js';
import type { World, WorldTarget } from './world.js';

/** The origin requests are sent to; any origin works. */
export const ORIGIN = 'https://support.example';
/** The API's base URL. */
export const API = `${ORIGIN}/api/v1`;

/** The mock world: a world with its context at hand. */
export interface MockWorld extends World {
  readonly ctx: MockTestContext;
}

/**
 * A fresh mock API: rate limit off, and a heartbeat so frequent that reading an event stream
 * whose first frame is skipped (Last-Event-ID) never waits long (unless told otherwise).
 */
export function createMockWorld(options: MockApiOptions = {}): MockWorld {
  const ctx = testContext({ rateLimitPerMinute: 0, heartbeatMs: 5, ...options });
  const handlers = createHandlers(ctx);
  const world: MockWorld = {
    target: 'mock',
    ctx,
    async send(call) {
      const request = new Request(`${API}${call.path}`, {
        method: call.method,
        headers: call.headers,
        body: typeof call.body === 'string' ? call.body : (call.body?.slice().buffer ?? null),
      });
      const response = await getResponse(handlers, request, { quiet: true });
      if (!response) throw new Error(`No handler answered ${call.method} ${call.path}.`);
      return { status: response.status, headers: response.headers, text: await readText(response) };
    },
    storedState: () => Promise.resolve(mockStoredState(ctx)),
    checkpoint() {
      const saved = saveState(ctx);
      return Promise.resolve({ restore: () => Promise.resolve(restoreState(ctx, saved)) });
    },
  };
  return world;
}

/** Worlds in process, on the mock's in-memory repository. */
export const mockTarget: WorldTarget = {
  name: 'mock',
  runShare: 1,
  createWorld: (options) => Promise.resolve(createMockWorld(options)),
};

/** Everything the repository and the HTTP state hold that a request may change, serialized. */
function mockStoredState(ctx: MockTestContext): string {
  const { tickets, http, clock } = ctx;
  return JSON.stringify({
    repository: tickets.serialize(),
    idempotency: http.idempotency,
    rateWindows: http.rateWindows,
    resets: tickets.resets,
    followers: tickets.followerCount,
    clockOffsetMinutes: clock.offsetMinutes,
  });
}

/** The body of a response; of an event stream, only its first chunk. */
export async function readText(response: Response): Promise<string> {
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return response.text();
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const first = await reader.read();
  await reader.cancel();
  return first.value ? new TextDecoder().decode(first.value) : '';
}
