/** Names of every error class the SDK throws; the type guards compare `name`, so they work across realms. */
const supportErrorNames = new Set([
  'SupportError',
  'SupportHttpError',
  'SupportRateLimitError',
  'SupportNetworkError',
  'SupportTimeoutError',
  'SupportAbortError',
  'SupportResponseValidationError',
]);

/**
 * Base class of every error the SDK throws. Catch it to handle any failure of a call; narrow with
 * the `isSupport…Error` guards. No error carries an access token or a desk key.
 */
export class SupportError extends Error {
  /** Always this class's name, which the guards check. */
  override readonly name: string = 'SupportError';
}

/** True for every error the SDK throws (checks `name`, so it also works across realms). */
export function isSupportError(error: unknown): error is SupportError {
  return error instanceof Error && supportErrorNames.has(error.name);
}
