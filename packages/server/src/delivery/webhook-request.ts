/**
 * What one webhook attempt sends besides the address: the body and its headers, signed afresh
 * for each attempt with the SDK's `signWebhookPayload` (one `v1` per secret: two while a secret
 * is rotated). The body is the one stored with the delivery (`./webhook-body.ts`), the same on
 * every attempt; the headers say which attempt it is.
 * @internal
 */
import { signWebhookPayload } from '@opin/support-sdk/webhooks';
import { serverVersion } from '../server-version.js';
import type { WebhookAttempt } from './webhook-post.js';

/** One attempt of one delivery, as signing needs it. */
export interface SignedAttempt extends Pick<
  WebhookAttempt,
  'deliveryId' | 'eventId' | 'eventType' | 'attempt' | 'body'
> {
  /** The desk's webhook secrets: the current one, then the previous one during a rotation. */
  readonly secrets: readonly [string, ...string[]];
  /** The moment signed into `t=` (default now). */
  readonly now?: Date;
}

/** The body and headers to post. */
export interface WebhookRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Builds the request of `attempt`. */
export async function webhookRequest(attempt: SignedAttempt): Promise<WebhookRequest> {
  const body = attempt.body;
  const signature = await signWebhookPayload(attempt.secrets, body, {
    timestamp: attempt.now ?? new Date(),
  });
  return {
    body,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': `opin-support-server/${serverVersion()}`,
      'Opin-Event-Id': attempt.eventId,
      'Opin-Event-Type': attempt.eventType,
      'Opin-Delivery-Id': attempt.deliveryId,
      'Opin-Delivery-Attempt': String(attempt.attempt),
      'Opin-Signature': signature,
    },
  };
}
