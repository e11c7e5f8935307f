import { SupportHttpError } from './support-http-error.js';

/**
 * 429: too many requests. Thrown at once when `Retry-After` is longer than `retry.maxRetryAfter`
 * (the SDK does not wait), or when the retries ran out. Try again after `retryAfter` seconds.
 */
export class SupportRateLimitError extends SupportHttpError {
  /** Always this class's name, which the guards check. */
  override readonly name = 'SupportRateLimitError';
}

/** True for a {@link SupportRateLimitError} (checks `name`, so it also works across realms). */
export function isSupportRateLimitError(error: unknown): error is SupportRateLimitError {
  return error instanceof Error && error.name === 'SupportRateLimitError';
}
