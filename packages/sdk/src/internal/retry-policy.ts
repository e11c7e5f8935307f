/**
 * @internal ky's `retry` options for one call (docs/design/quality.md, "Retries"). ky runs the
 * attempts, waits for a `Retry-After` or for the exponential back-off (fully jittered, capped at
 * `backoffLimit`) and aborts a wait with the call's signal. The SDK decides in `shouldRetry`, before
 * each wait, what ky 1.x does not (it also draws the jitter there, so that the deadline is checked
 * against the very wait ky makes):
 *
 * - whether the failure is worth retrying at all: {@link isRetryableError}, the same rule callers
 *   and `watchTicket` use (timeouts included);
 * - a `Retry-After` longer than `maxRetryAfter` is not waited for: the call fails at once (ky 1.14.3
 *   clamps the wait to `maxRetryAfter` instead, whatever its docs say);
 * - a wait that would pass the call's deadline ends the call at once with the last error.
 *
 * Without a usable `Retry-After` it forces ky's back-off (`true`), so that ky neither falls back to
 * `RateLimit-Reset`-style headers nor waits `maxRetryAfter` for a value it cannot parse.
 */
import type { RetryOptions as KyRetryOptions } from 'ky';
import { isSupportHttpError } from '../errors/support-http-error.js';
import { isRetryableError, retryableStatuses } from '../is-retryable-error.js';

export interface RetryPolicy {
  /** Most retries; `0` for a call that must not be repeated. */
  limit: number;
  maxRetryAfter: number;
  backoffLimit: number;
  /** `Date.now()` at which the call is over (`totalTimeout`). */
  deadline: number;
  /** The typed error of a failed attempt. */
  failure(error: Error): Promise<unknown>;
}

/** Back-off before retry `retryCount` (1, 2, …) before jitter: 0.3 s, 0.6 s, 1.2 s… */
const backoff = (retryCount: number) => 300 * 2 ** (retryCount - 1);

export function retryPolicy(policy: RetryPolicy): KyRetryOptions {
  const { limit, maxRetryAfter, backoffLimit, deadline } = policy;
  /** The jitter drawn for the coming back-off (its share of the full delay). */
  let share = 1;
  return {
    limit,
    methods: ['get', 'post'],
    // Consulted only after `shouldRetry` returned `undefined`: a retryable status with a
    // `Retry-After`, which ky then waits for (its default honours it on 413, 429 and 503 only).
    afterStatusCodes: retryableStatuses,
    maxRetryAfter,
    backoffLimit,
    delay: backoff,
    jitter: (delay) => delay * share,
    shouldRetry: async ({ error, retryCount }) => {
      const failure = await policy.failure(error);
      if (!isRetryableError(failure)) return false;
      const retryAfter = isSupportHttpError(failure) ? failure.retryAfter : undefined;
      if (retryAfter !== undefined) {
        const wait = retryAfter * 1000;
        return wait <= maxRetryAfter && Date.now() + wait < deadline ? undefined : false;
      }
      share = Math.random();
      return Date.now() + Math.min(backoffLimit, backoff(retryCount) * share) < deadline;
    },
  };
}
