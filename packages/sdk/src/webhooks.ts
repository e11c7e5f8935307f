/**
 * `@opin/support-sdk/webhooks`: checking the desk webhooks the server posts (`Opin-Signature`), and
 * signing a body the same way for a receiver's tests. Web Crypto only, so it runs in Node.js ≥ 20,
 * Deno, Bun and edge runtimes; the secret belongs on a server, never in a browser.
 * @module @opin/support-sdk/webhooks
 */
export type { WebhookSecret } from './webhooks/hmac.js';
export {
  signWebhookPayload,
  type SignWebhookPayloadOptions,
} from './webhooks/sign-webhook-payload.js';
export {
  verifyWebhookSignature,
  type VerifyWebhookSignatureOptions,
} from './webhooks/verify-webhook-signature.js';
export {
  isWebhookSignatureError,
  WebhookSignatureError,
  type WebhookSignatureErrorCode,
} from './webhooks/webhook-signature-error.js';
export type { DeskEvent, DeskEventData, DeskEventType } from './schemas/desk-events.js';
