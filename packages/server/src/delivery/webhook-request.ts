/**
 * What one webhook attempt sends besides the address: the body and its headers, signed afresh
 * for each attempt with the SDK's `signWebhookPayload` (one `v1` per secret: two while a secret
 * is rotated). The body is the same on every attempt; the headers say which attempt it is.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { signWebhookPayload } from '@opin/support-sdk/webhooks';
import { serverVersion } from '../server-version.js';
import { webhookBody } from './webhook-body.js';

/** One attempt of one delivery. */
export interface WebhookAttempt {
  readonly event: DeskEvent;
  /** The delivery row's id (a replay gets a new one). */
  readonly deliveryId: string;
  /** 1 for the first attempt, then 2, 3, … */
  readonly attempt: number;
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
export async function webhookRequest(attempt: WebhookAttempt): Promise<WebhookRequest> {
  const body = webhookBody(attempt.event);
  const signature = await signWebhookPayload(attempt.secrets, body, {
    timestamp: attempt.now ?? new Date(),
  });
  return {
    body,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': `opin-support-server/${serverVersion()}`,
      'Opin-Event-Id': attempt.event.id,
      'Opin-Event-Type': attempt.event.type,
      'Opin-Delivery-Id': attempt.deliveryId,
      'Opin-Delivery-Attempt': String(attempt.attempt),
      'Opin-Signature': signature,
    },
  };
}
