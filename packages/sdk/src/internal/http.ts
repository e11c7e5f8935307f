/**
 * @internal The transport under every client, on ky 1.x (README, "Transport"). ky builds each
 * request (base URL, query, JSON body, headers; `Authorization` in a `beforeRequest` hook), times
 * each attempt, and retries (statuses, `Retry-After`, jittered back-off, abortable waits). The SDK
 * adds what ky 1.x leaves out: the body read inside the attempt's timeout (`caller-fetch.ts`), the
 * call's total deadline (`deadline.ts`), its own retry decisions (`retry-policy.ts`: the shared
 * retry rule, no wait for a long `Retry-After`, a POST only with an idempotency key), and typed
 * errors without the secret (`to-support-error.ts`).
 */
import ky, { type BeforeRequestHook, type Options } from 'ky';
import type { ZodMiniType } from 'zod/mini';
import type { ClientOptions } from '../options.js';
import { callerFetch } from './caller-fetch.js';
import { startDeadline } from './deadline.js';
import { decode } from './decode.js';
import { retryPolicy } from './retry-policy.js';
import { toSupportError } from './to-support-error.js';

/** One call, relative to the base URL. */
export interface HttpRequest {
  method?: 'get' | 'post';
  path: string;
  searchParams?: Record<string, string | undefined>;
  json?: unknown;
  /** A bearer token or desk key: sent as `Authorization`, scrubbed from errors. */
  secret?: string;
  /** Sent as `Idempotency-Key`; a POST is retried only when it carries one. */
  idempotencyKey?: string;
  /** Sent as `Last-Event-ID` (event stream only). */
  lastEventId?: string;
  signal?: AbortSignal | undefined;
}

/** A 2xx response with its body read. */
export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
}

export interface Http {
  /** Sends a request with timeouts and retries and reads its body. */
  call(request: HttpRequest): Promise<HttpReply>;
  /** Sends a request and validates its JSON body with `schema`. */
  json<T>(request: HttpRequest, schema: ZodMiniType<T>): Promise<T>;
  /** Opens a response without timeouts or retries and leaves its body unread (event streams). */
  open(request: HttpRequest): Promise<Response>;
}

/** Sets `Authorization` from the call's `context.secret`, on every attempt. */
const authorize: BeforeRequestHook = (request, { context }) => {
  const { secret } = context;
  if (typeof secret === 'string') request.headers.set('authorization', `Bearer ${secret}`);
};

export function createHttp(options: ClientOptions): Http {
  const { timeout = 10_000, totalTimeout = 30_000 } = options;
  const { limit = 2, maxRetryAfter = 30_000, backoffLimit = Infinity } = options.retry ?? {};
  const api = ky.create({
    prefixUrl: options.baseUrl.replace(/\/*$/, '/'),
    headers: options.headers,
    hooks: { beforeRequest: [authorize] },
  });
  const readingFetch = callerFetch(options, { readBody: true });
  const streamingFetch = callerFetch(options, { readBody: false });

  /** Sends `request` through ky, with `accept` and the call's own headers (ky drops unset ones). */
  const send = (request: HttpRequest, accept: string, more: Options) =>
    api(request.path, {
      method: request.method ?? 'get',
      searchParams: request.searchParams,
      json: request.json,
      headers: {
        accept,
        'idempotency-key': request.idempotencyKey,
        'last-event-id': request.lastEventId,
      },
      context: { secret: request.secret },
      ...more,
    });

  const call = async (request: HttpRequest): Promise<HttpReply> => {
    const deadline = startDeadline(totalTimeout);
    const { signal, secret } = request;
    const failure = (error: unknown) =>
      toSupportError(error, { secret, signal, deadline: deadline.signal });
    const repeatable = request.method !== 'post' || request.idempotencyKey !== undefined;
    try {
      const response = await send(request, 'application/json', {
        fetch: readingFetch,
        timeout,
        signal: signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal,
        retry: retryPolicy({
          limit: repeatable ? limit : 0,
          maxRetryAfter,
          backoffLimit,
          deadline: deadline.at,
          failure,
        }),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      throw await failure(error);
    } finally {
      deadline.clear();
    }
  };

  return {
    call,
    json: async (request, schema) => decode(await call(request), schema),
    open: async (request) => {
      const { signal, secret } = request;
      try {
        return await send(request, 'text/event-stream', {
          fetch: streamingFetch,
          timeout: false,
          retry: 0,
          signal,
        });
      } catch (error) {
        throw await toSupportError(error, { secret, signal });
      }
    },
  };
}
