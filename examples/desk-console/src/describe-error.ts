/**
 * Turns any failure of an SDK call into what the alert region shows: a code and a message.
 * @internal
 */
import {
  isSupportAbortError,
  isSupportHttpError,
  isSupportNetworkError,
  isSupportResponseValidationError,
  isSupportTimeoutError,
} from '@opin/support-sdk';

/** One failed action, ready to show. */
export interface ErrorReport {
  /** What the person tried, e.g. `Accept hand-off`. */
  action: string;
  /** The server's error code (e.g. `language_mismatch`), or what kind of failure it was. */
  code: string;
  /** The HTTP status, when the server answered. */
  status: number | undefined;
  message: string;
  /** The server's field problems (for `validation_failed`), as `path: message`. */
  details: string[];
}

/** Describes `error`, thrown while doing `action`. */
export function describeError(action: string, error: unknown): ErrorReport {
  const report = { action, status: undefined, details: [] };
  if (isSupportHttpError(error)) {
    const details = (error.details ?? []).map(
      (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    );
    return { ...report, code: error.code, status: error.status, message: error.message, details };
  }
  if (isSupportNetworkError(error)) {
    const message = 'The API could not be reached. Is the demo server running?';
    return { ...report, code: 'network_error', message };
  }
  if (isSupportTimeoutError(error)) return { ...report, code: 'timeout', message: error.message };
  if (isSupportAbortError(error)) return { ...report, code: 'aborted', message: error.message };
  if (isSupportResponseValidationError(error)) {
    return { ...report, code: 'invalid_response', message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ...report, code: 'unexpected_error', message };
}
