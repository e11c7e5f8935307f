/**
 * @internal Turns what a ky call failed with into the SDK's typed error. ky's own errors are never
 * kept as a `cause`: they hold the request, and with it the `Authorization` header.
 */
import { isHTTPError, isTimeoutError } from 'ky';
import { SupportAbortError } from '../errors/support-abort-error.js';
import { SupportNetworkError } from '../errors/support-network-error.js';
import { SupportTimeoutError } from '../errors/support-timeout-error.js';
import { httpError } from './http-error.js';
import { redactCause } from './redact.js';

/** What a failure is judged by. */
export interface FailedCall {
  /** The access token or desk key the call carried. */
  secret: string | undefined;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /** Aborted when the call's `totalTimeout` has passed. */
  deadline?: AbortSignal;
}

/** The typed error for `error`; an error that is none of these is returned as it is. */
export async function toSupportError(error: unknown, call: FailedCall): Promise<unknown> {
  if (isHTTPError(error)) return httpError(error.response, call.secret);
  if (call.signal?.aborted) {
    return new SupportAbortError('The call was aborted.', { cause: call.signal.reason });
  }
  if (isTimeoutError(error) || call.deadline?.aborted) {
    return new SupportTimeoutError('The request timed out.');
  }
  if (error instanceof TypeError) {
    return new SupportNetworkError('No response from the server (network error).', {
      cause: redactCause(error, call.secret),
    });
  }
  return error;
}
