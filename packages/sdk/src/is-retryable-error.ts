import { isSupportHttpError } from './errors/support-http-error.js';
import { isSupportNetworkError } from './errors/support-network-error.js';
import { isSupportTimeoutError } from './errors/support-timeout-error.js';

/** @internal The HTTP statuses worth another attempt; the transport gives them to ky as well. */
export const retryableStatuses = [408, 429, 500, 502, 503, 504];

/**
 * The SDK's one rule for whether a failure may pass if the same call is made again: `true` for a
 * {@link SupportNetworkError} (no answer), a {@link SupportTimeoutError}, and a
 * {@link SupportHttpError} with status 408, 429, 500, 502, 503 or 504 (a
 * {@link SupportRateLimitError} included: try again after its `retryAfter`); `false` for
 * anything else — other 4xx and 5xx answers, a response that breaks the contract, an aborted call,
 * an error the SDK did not throw.
 *
 * The SDK retries by it (GETs and `createTicket`, within `retry.limit`), `watchTicket` reconnects
 * by it and ends on any other failure, and the widget keeps a draft queued by it. Use it to decide
 * whether to offer "try again" or to send a stored draft again.
 */
export function isRetryableError(error: unknown): boolean {
  if (isSupportNetworkError(error) || isSupportTimeoutError(error)) return true;
  return isSupportHttpError(error) && retryableStatuses.includes(error.status);
}
