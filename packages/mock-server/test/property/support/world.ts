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

/** The origin requests are sent to; any origin works. */
export const ORIGIN = 'https://support.example';
/** The API's base URL. */
export const API = `${ORIGIN}/api/v1`;

/** A request as a property builds it. `path` is relative to the API base and may carry a query. */
export interface Call {
  method: string;
  path: string;
  headers?: Readonly<Record<string, string>>;
  /** The raw body; a string is sent as UTF-8. */
  body?: string | Uint8Array;
}

/** A response, read in full (an event stream: only its first frame, then it is cancelled). */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/** A mock API instance: its state, clock and handlers. */
export interface World {
  ctx: MockTestContext;
  send(call: Call): Promise<Reply>;
}

/**
 * A fresh mock API: rate limit off, and a heartbeat so frequent that reading an event stream
 * whose first frame is skipped (Last-Event-ID) never waits long (unless told otherwise).
 */
export function createWorld(options: MockApiOptions = {}): World {
  const ctx = testContext({ rateLimitPerMinute: 0, heartbeatMs: 5, ...options });
  const handlers = createHandlers(ctx);
  return {
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
  };
}

async function readText(response: Response): Promise<string> {
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return response.text();
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const first = await reader.read();
  await reader.cancel();
  return first.value ? new TextDecoder().decode(first.value) : '';
}

/** `Content-Type: application/json` plus the given headers. */
export function jsonHeaders(
  headers: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { 'Content-Type': 'application/json', ...headers };
}

/** `Authorization: Bearer <token>`. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
