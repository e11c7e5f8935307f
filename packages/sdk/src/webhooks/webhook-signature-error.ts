/** Why {@link verifyWebhookSignature} refused a request. */
export type WebhookSignatureErrorCode = 'malformed' | 'too_old' | 'mismatch';

/**
 * A webhook request that must not be acted on: its `Opin-Signature` header or body is not what
 * the server sends (`malformed`), its timestamp is outside the tolerance (`too_old`, also for a
 * timestamp too far in the future), or no signature matches the secret and body (`mismatch`).
 * Answer such a request with 400 or 401 and do nothing else.
 */
export class WebhookSignatureError extends Error {
  /** Always this class's name. */
  override readonly name = 'WebhookSignatureError';

  constructor(
    /** Why the request was refused. */
    readonly code: WebhookSignatureErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True for a {@link WebhookSignatureError} (checks `name`, so it also works across realms). */
export function isWebhookSignatureError(error: unknown): error is WebhookSignatureError {
  return error instanceof Error && error.name === 'WebhookSignatureError';
}
