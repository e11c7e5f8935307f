import { SupportError } from './support-error.js';

/** An attempt took longer than `timeout`, or the whole call longer than `totalTimeout`. */
export class SupportTimeoutError extends SupportError {
  override readonly name = 'SupportTimeoutError';
}

export function isSupportTimeoutError(error: unknown): error is SupportTimeoutError {
  return error instanceof Error && error.name === 'SupportTimeoutError';
}
