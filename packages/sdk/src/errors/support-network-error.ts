import { SupportError } from './support-error.js';

/** No response arrived: offline, DNS failure, connection refused or dropped (after any retries). */
export class SupportNetworkError extends SupportError {
  override readonly name = 'SupportNetworkError';
}

export function isSupportNetworkError(error: unknown): error is SupportNetworkError {
  return error instanceof Error && error.name === 'SupportNetworkError';
}
