/**
 * Options of {@link createSupportClient} and {@link "@opin/support-sdk/desk"!createDeskClient}.
 * The transport is ky 1.x; these options keep their meaning whatever ky's own defaults are.
 */
export interface ClientOptions {
  /**
   * The API's base URL including `/api/v1`, e.g. `http://127.0.0.1:4010/api/v1`. A trailing slash
   * is optional.
   */
  baseUrl: string;
  /**
   * The `fetch` to use, e.g. an instrumented one.
   * @default globalThis.fetch (looked up at call time, so later polyfills and mocks apply)
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Time limit of one attempt in milliseconds, until the response and its body have arrived.
   * @default 10_000
   */
  timeout?: number;
  /**
   * Time limit of the whole call in milliseconds, retries and their waits included. When a wait
   * before a retry would pass it, the call fails at once with the last error (a
   * `SupportRateLimitError` keeps its `retryAfter`).
   * @default 30_000
   */
  totalTimeout?: number;
  /** How failed calls are retried (only GETs and `createTicket`, which carries an idempotency key). */
  retry?: RetryOptions;
  /**
   * Headers sent with every request. The SDK sets `Authorization` itself where a call needs it.
   * @default {}
   */
  headers?: Record<string, string>;
}

/**
 * How failed calls are retried: when {@link isRetryableError} says the failure may pass (408, 429,
 * 500, 502, 503, 504, timeouts and network errors).
 */
export interface RetryOptions {
  /**
   * Most retries after the first attempt; `0` turns retries off.
   * @default 2
   */
  limit?: number;
  /**
   * Longest `Retry-After` the SDK waits, in milliseconds. A longer one is not waited for: the call
   * fails at once with a `SupportRateLimitError` (or `SupportHttpError`) carrying `retryAfter`.
   * @default 30_000
   */
  maxRetryAfter?: number;
  /**
   * Cap of one backoff delay in milliseconds. Delays grow 0.3 s, 0.6 s, 1.2 s… and are fully
   * jittered (a random share of the delay); a server's `Retry-After` is used as is.
   * @default Infinity
   */
  backoffLimit?: number;
}

/** Options every call takes. */
export interface CallOptions {
  /**
   * Aborts the call (and its retries); it then rejects with `SupportAbortError`.
   * @default undefined
   */
  signal?: AbortSignal;
}

/** What opens one ticket: its reference and the access token returned when it was created. */
export interface TicketAccess {
  /** The ticket reference, e.g. `OPIN-482019375568`. */
  id: string;
  /** The secret returned by `createTicket`; sent only in the `Authorization` header. */
  accessToken: string;
}
