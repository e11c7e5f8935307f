import { SupportError } from './support-error.js';

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class SupportAbortError extends SupportError {
  override readonly name = 'SupportAbortError';
}

export function isSupportAbortError(error: unknown): error is SupportAbortError {
  return error instanceof Error && error.name === 'SupportAbortError';
}
