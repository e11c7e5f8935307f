/**
 * The server's post function for webhook delivery: finds the desk's configured webhook
 * (`./webhook-target.ts`), signs the stored body for this attempt (`./webhook-request.ts`) and
 * posts it through the desk's address guard (`./post-webhook.ts`, `./webhook-address-guard.ts`).
 * A delivery whose desk no longer has a webhook (the config changed since it was queued) fails
 * with `NO_WEBHOOK` and is tried again by the schedule, in case the webhook comes back.
 * @internal
 */
import type { LookupFunction } from 'node:net';
import { postWebhook, type PostWebhookOptions } from './post-webhook.js';
import { webhookAddressGuard } from './webhook-address-guard.js';
import type { PostWebhook } from './webhook-post.js';
import type { WebhookDesks } from './webhook-queue.js';
import { webhookRequest } from './webhook-request.js';
import type { WebhookTarget } from './webhook-target.js';

/** The timeouts of each attempt (`postWebhook`'s defaults when left out). */
export type WebhookTimeouts = Pick<PostWebhookOptions, 'connectTimeoutMs' | 'totalTimeoutMs'>;

/** Posts each attempt to its desk's webhook among `targets`. */
export function postToWebhookTargets(
  targets: readonly WebhookTarget[],
  timeouts: WebhookTimeouts = {},
): PostWebhook {
  const byDesk = new Map<string, { target: WebhookTarget; lookup: LookupFunction }>(
    targets.map((target) => [
      target.desk,
      { target, lookup: webhookAddressGuard(target.addresses) },
    ]),
  );
  return async (attempt, signal) => {
    const entry = byDesk.get(attempt.deskId);
    if (!entry) return { delivered: false, failure: 'NO_WEBHOOK' };
    const request = await webhookRequest({ ...attempt, secrets: entry.target.secrets });
    return postWebhook(
      { url: entry.target.url, ...request },
      { lookup: entry.lookup, signal, ...timeouts },
    );
  };
}

/** The desks that have a webhook, and the event types each takes: what a change queues. */
export function webhookDesksOf(targets: readonly WebhookTarget[]): WebhookDesks {
  return new Map(
    targets.map((target) => [target.desk, { events: target.events && [...target.events] }]),
  );
}
