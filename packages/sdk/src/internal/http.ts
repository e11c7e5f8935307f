/**
 * @internal The transport under every client: `fetch` with the SDK's timeouts and retry rules
 * (docs/design/quality.md, "Retries"), reading each body inside the per-attempt timeout and turning every
 * failure into a typed SDK error. A plain `fetch` transport rather than ky: ky 2 alone is 8.9 KB
 * gzip, over half of the SDK's 16 KB budget, and the SDK needs only this much of it (README, "Size").
 */
import type { ZodMiniType } from 'zod/mini';
import { errorBodySchema, type ErrorBody } from '../schemas/common.js';
import { isSupportError } from '../errors/support-error.js';
import { SupportHttpError } from '../errors/support-http-error.js';
import { SupportRateLimitError } from '../errors/support-rate-limit-error.js';
import { SupportNetworkError } from '../errors/support-network-error.js';
import { SupportTimeoutError } from '../errors/support-timeout-error.js';
import { SupportAbortError } from '../errors/support-abort-error.js';
import type { ClientOptions } from '../options.js';
import { decode } from './decode.js';
import { retryAfterSeconds } from './retry-after.js';
import { sleep } from './sleep.js';

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
  /** Sends a request with retries and reads its body. */
  call(request: HttpRequest): Promise<HttpReply>;
  /** Sends a request and validates its JSON body with `schema`. */
  json<T>(request: HttpRequest, schema: ZodMiniType<T>): Promise<T>;
  /** Opens a response without timeouts or retries and leaves its body unread (event streams). */
  open(request: HttpRequest): Promise<Response>;
}

const retriedStatuses = new Set([408, 429, 500, 502, 503, 504]);

export function createHttp(options: ClientOptions): Http {
  const { timeout = 10_000, totalTimeout = 30_000 } = options;
  const { limit = 2, maxRetryAfter = 30_000, backoffLimit = Infinity } = options.retry ?? {};
  const base = options.baseUrl.replace(/\/*$/, '/');

  const send = (request: HttpRequest, signal: AbortSignal | undefined, accept: string) => {
    const url = new URL(request.path, base);
    for (const [key, value] of Object.entries(request.searchParams ?? {})) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    const headers = new Headers({ ...options.headers, accept });
    const set = (name: string, value: string | undefined) => value && headers.set(name, value);
    set('authorization', request.secret && `Bearer ${request.secret}`);
    set('idempotency-key', request.idempotencyKey);
    set('last-event-id', request.lastEventId);
    let body: string | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers.set('content-type', 'application/json');
    }
    const method = (request.method ?? 'get').toUpperCase();
    return (options.fetch ?? globalThis.fetch)(url, { method, headers, body, signal });
  };

  /** One attempt: a reply, or the error with the server's Retry-After (ms) if it sent one. */
  const attempt = async (request: HttpRequest, ms: number) => {
    const timer = new AbortController();
    const id = setTimeout(() => timer.abort(), ms);
    const signals = [timer.signal, ...(request.signal ? [request.signal] : [])];
    try {
      const response = await send(request, AbortSignal.any(signals), 'application/json');
      const text = await response.text();
      if (response.ok) return { status: response.status, headers: response.headers, text };
      return httpError(response, text, request.secret);
    } catch (error) {
      if (request.signal?.aborted) throw abortError(request.signal);
      if (timer.signal.aborted) return new SupportTimeoutError('The request timed out.');
      if (error instanceof TypeError) {
        return new SupportNetworkError('No response from the server (network error).', {
          cause: error,
        });
      }
      throw error;
    } finally {
      clearTimeout(id);
    }
  };

  const call = async (request: HttpRequest): Promise<HttpReply> => {
    const deadline = Date.now() + totalTimeout;
    const retrying = request.method !== 'post' || request.idempotencyKey !== undefined;
    for (let retries = 0; ; retries++) {
      const result = await attempt(request, Math.min(timeout, deadline - Date.now()));
      if (!isSupportError(result)) return result;
      const status = result instanceof SupportHttpError ? result.status : 0;
      const after = result instanceof SupportHttpError ? result.retryAfter : undefined;
      const delay =
        after === undefined
          ? Math.min(backoffLimit, Math.random() * 300 * 2 ** retries)
          : after * 1000;
      if (!retrying || retries >= limit || (status && !retriedStatuses.has(status))) throw result;
      if (delay > maxRetryAfter) throw result;
      // A wait past `totalTimeout` ends the call with the last error: a rate limit keeps its
      // `retryAfter`, so the caller can still say when to try again.
      if (Date.now() + delay >= deadline) throw result;
      const { signal } = request;
      await sleep(delay, signal ?? new AbortController().signal);
      if (signal?.aborted) throw abortError(signal);
    }
  };

  return {
    call,
    json: async (request, schema) => decode(await call(request), schema),
    open: async (request) => {
      try {
        const response = await send(request, request.signal, 'text/event-stream');
        if (response.ok) return response;
        throw httpError(response, await response.text(), request.secret);
      } catch (error) {
        if (isSupportError(error)) throw error;
        if (request.signal?.aborted) throw abortError(request.signal);
        throw new SupportNetworkError('No response from the server (network error).', {
          cause: error,
        });
      }
    },
  };
}

function abortError(signal: AbortSignal) {
  return new SupportAbortError('The call was aborted.', { cause: signal.reason });
}

function httpError(response: Response, text: string, secret: string | undefined) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // not the documented body
  }
  const parsed = errorBodySchema.safeParse(json);
  const body = parsed.success ? scrub(parsed.data, secret) : undefined;
  const { status } = response;
  const init = {
    status,
    code: body?.error.code ?? `http_${status}`,
    message: body?.error.message ?? `HTTP ${status}`,
    body,
    retryAfter: retryAfterSeconds(response.headers),
  };
  return status === 429 ? new SupportRateLimitError(init) : new SupportHttpError(init);
}

/** Replaces the secret in every string of an error body (a server might echo it). */
function scrub(body: ErrorBody, secret: string | undefined): ErrorBody {
  if (!secret) return body;
  return JSON.parse(JSON.stringify(body), (_key, value: unknown) =>
    typeof value === 'string' ? value.replaceAll(secret, '[redacted]') : value,
  ) as ErrorBody;
}
