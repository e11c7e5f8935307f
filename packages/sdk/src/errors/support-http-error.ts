import type { ErrorBody, Issue } from '../schemas/index.js';
import { SupportError } from './support-error.js';

/** What a {@link SupportHttpError} is made of. */
export interface SupportHttpErrorInit {
  /** The HTTP status. */
  status: number;
  /** The error body's `code`, or `http_<status>`. */
  code: string;
  /** The error message. */
  message: string;
  /** The documented error body, when the server sent one. */
  body?: ErrorBody | undefined;
  /** The server's `Retry-After`, in seconds. */
  retryAfter?: number | undefined;
}

/** The server answered with a non-2xx status (after any retries). */
export class SupportHttpError extends SupportError {
  /** Always this class's name, which the guards check. */
  override readonly name: 'SupportHttpError' | 'SupportRateLimitError' = 'SupportHttpError';
  /** The HTTP status, e.g. `404`. */
  readonly status: number;
  /** The error body's `code` (e.g. `not_found`), or `http_<status>` when the body is not the documented JSON. */
  readonly code: string;
  /** The documented error body, when the server sent one. */
  readonly body: ErrorBody | undefined;
  /** Which request fields failed (for `validation_failed`). */
  readonly details: Issue[] | undefined;
  /** The server's `Retry-After`, in seconds, when it sent one. */
  readonly retryAfter: number | undefined;

  constructor(init: SupportHttpErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
    this.details = init.body?.error.details;
    this.retryAfter = init.retryAfter;
  }
}

/** True for {@link SupportHttpError} and its subclass {@link SupportRateLimitError}. */
export function isSupportHttpError(error: unknown): error is SupportHttpError {
  return (
    error instanceof Error &&
    (error.name === 'SupportHttpError' || error.name === 'SupportRateLimitError')
  );
}
