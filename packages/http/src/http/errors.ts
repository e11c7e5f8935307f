/**
 * Error responses with the documented body `{"error": {code, message, details?}}`.
 * @internal
 */
import type { ErrorCode, Issue } from '@opin/support-sdk/schemas';
import { ApiError } from '@opin/support-domain';
import { jsonText } from './respond.js';

/** A non-2xx JSON response with CORS headers. */
export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  details?: Issue[],
  headers: Record<string, string> = {},
): Response {
  const error = details && details.length > 0 ? { code, message, details } : { code, message };
  return jsonText(JSON.stringify({ error }), status, headers);
}

/** The shape of a zod issue this module reads. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Zod issues as the contract's `details`. */
export function issuesToDetails(issues: readonly SchemaIssue[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }));
}

/**
 * Any thrown value as a response: domain refusals as documented; anything else goes to `report`
 * (the host logs it for its operator) and is answered 500, with nothing of the failure in it.
 */
export function responseForError(error: unknown, report: (error: unknown) => void): Response {
  if (error instanceof ApiError) {
    return errorResponse(error.status, error.code, error.message, error.details, error.headers);
  }
  report(error);
  return internalErrorResponse();
}

/** 500 `internal_error`: the same words whatever failed. */
export function internalErrorResponse(): Response {
  return errorResponse(500, 'internal_error', 'The server failed to handle this request.');
}
