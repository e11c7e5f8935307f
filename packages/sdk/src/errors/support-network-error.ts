import { SupportError } from './support-error.js';

/** No response arrived: offline, DNS failure, connection refused or dropped (after any retries). */
export class SupportNetworkError extends SupportError {
  /** Always this class's name, which the guards check. */
  override readonly name = 'SupportNetworkError';
}

/** True for a {@link SupportNetworkError} (checks `name`, so it also works across realms). */
export function isSupportNetworkError(error: unknown): error is SupportNetworkError {
  return error instanceof Error && error.name === 'SupportNetworkError';
}
