import { SupportError } from './support-error.js';

/** An attempt took longer than `timeout`, or the whole call longer than `totalTimeout`. */
export class SupportTimeoutError extends SupportError {
  /** Always this class's name, which the guards check. */
  override readonly name = 'SupportTimeoutError';
}

/** True for a {@link SupportTimeoutError} (checks `name`, so it also works across realms). */
export function isSupportTimeoutError(error: unknown): error is SupportTimeoutError {
  return error instanceof Error && error.name === 'SupportTimeoutError';
}
