/**
 * The one error type domain rules throw; the HTTP layer turns it into the documented JSON body.
 * @internal
 */
import type { ErrorCode, Issue } from '@opin/support-sdk/schemas';

/** A refusal with the HTTP status and error code the contract documents for it. */
export class MockApiError extends Error {
  override readonly name = 'MockApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Issue[],
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** 400 `validation_failed`, optionally pointing at one field. */
export function validationFailed(message: string, path?: (string | number)[]): MockApiError {
  return new MockApiError(
    400,
    'validation_failed',
    message,
    path ? [{ path, message }] : undefined,
  );
}

/** 403 `forbidden`. */
export function forbidden(message: string): MockApiError {
  return new MockApiError(403, 'forbidden', message);
}

/** 404 `not_found`. */
export function notFound(message = 'Not found.'): MockApiError {
  return new MockApiError(404, 'not_found', message);
}

/** 409 `conflict`. */
export function conflict(message: string): MockApiError {
  return new MockApiError(409, 'conflict', message);
}
