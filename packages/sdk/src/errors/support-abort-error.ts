import { SupportError } from './support-error.js';

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class SupportAbortError extends SupportError {
  /** Always this class's name, which the guards check. */
  override readonly name = 'SupportAbortError';
}

/** True for a {@link SupportAbortError} (checks `name`, so it also works across realms). */
export function isSupportAbortError(error: unknown): error is SupportAbortError {
  return error instanceof Error && error.name === 'SupportAbortError';
}
