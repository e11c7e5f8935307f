/**
 * The one error type domain rules throw; the HTTP layer turns it into the documented JSON body.
 * @internal
 */
import type { ErrorCode, Issue } from '@opin/support-sdk/schemas';

/** A refusal with the HTTP status and error code the contract documents for it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

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
export function validationFailed(message: string, path?: (string | number)[]): ApiError {
  return new ApiError(400, 'validation_failed', message, path ? [{ path, message }] : undefined);
}

/** 403 `forbidden`. */
export function forbidden(message: string): ApiError {
  return new ApiError(403, 'forbidden', message);
}

/** 404 `not_found`. */
export function notFound(message = 'Not found.'): ApiError {
  return new ApiError(404, 'not_found', message);
}

/** 409 `conflict`. */
export function conflict(message: string): ApiError {
  return new ApiError(409, 'conflict', message);
}
