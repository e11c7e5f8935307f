/**
 * What the webhook sender needs of whoever posts a delivery: the port the server fills with the
 * signed HTTP sender (`./post-webhook.ts`, with the desk's URL and secrets), and tests with a fake
 * or a loopback receiver. One call is one attempt: it resolves to its outcome and never to the
 * receiver's body; it stops when `signal` aborts (the server stopping, or the claim running short).
 * @internal
 */
import type { WebhookDeliveryTarget } from '../storage/tables/webhook-deliveries.js';

/** One attempt of a delivery, as the sender hands it to the post function. */
export interface WebhookAttempt {
  /** The delivery row's id (`Opin-Delivery-Id`). */
  deliveryId: string;
  deskId: string;
  target: WebhookDeliveryTarget;
  /** The event's id (`Opin-Event-Id`): the same on every attempt and replay. */
  eventId: string;
  /** The event's type (`Opin-Event-Type`). */
  eventType: string;
  ticketId: string;
  /** 1, 2, … (`Opin-Delivery-Attempt`). */
  attempt: number;
  /** The event's JSON: the exact bytes to post (and sign). */
  body: string;
}

/** How an attempt went. */
export interface WebhookPostOutcome {
  /** A 2xx answer. */
  delivered: boolean;
  /** The receiver's HTTP status, when it answered. */
  status?: number | undefined;
  /** The receiver's `Retry-After`, in seconds, when it gave one. */
  retryAfterSeconds?: number | undefined;
  /** Why it failed, as it may be stored: a status or an error code (`ETIMEDOUT`), never text. */
  failure?: string | undefined;
}

/** Posts one attempt; see the module comment. */
export type PostWebhook = (
  attempt: WebhookAttempt,
  signal: AbortSignal,
) => Promise<WebhookPostOutcome>;
