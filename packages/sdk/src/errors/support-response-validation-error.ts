import type { Issue } from '../schemas/index.js';
import { SupportError } from './support-error.js';

/**
 * The server answered 2xx, but the body is not JSON, has the wrong content type or does not
 * match the contract's schema. `cause` is the parse or schema error.
 */
export class SupportResponseValidationError extends SupportError {
  /** Always this class's name, which the guards check. */
  override readonly name = 'SupportResponseValidationError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** What did not match (empty when the body was not JSON at all). */
  readonly issues: Issue[];

  constructor(message: string, init: { status: number; issues?: Issue[]; cause?: unknown }) {
    super(message, { cause: init.cause });
    this.status = init.status;
    this.issues = init.issues ?? [];
  }
}

/** True for a {@link SupportResponseValidationError} (checks `name`, so it also works across realms). */
export function isSupportResponseValidationError(
  error: unknown,
): error is SupportResponseValidationError {
  return error instanceof Error && error.name === 'SupportResponseValidationError';
}
