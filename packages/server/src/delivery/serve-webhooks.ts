/**
 * Webhook delivery as the server runs it: the sender (`./webhook-delivery.ts`) posting with the
 * desks' configured webhooks (`./post-to-webhook-targets.ts`), poked whenever the event log of a
 * desk with a webhook is written to (by this instance or, on PostgreSQL, any other), and polled
 * otherwise.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { DeskEventLog } from '@opin/support-domain';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { postToWebhookTargets, type WebhookTimeouts } from './post-to-webhook-targets.js';
import {
  startWebhookDelivery,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
} from './webhook-delivery.js';
import type { PostWebhook } from './webhook-post.js';
import type { WebhookTarget } from './webhook-target.js';

/** How webhooks are delivered: the sender's limits, the attempts' timeouts, and the post. */
export interface WebhookDeliveryTuning
  extends Omit<WebhookDeliveryOptions, 'post'>, WebhookTimeouts {
  /** Posts one attempt (default: signed HTTP to the desk's webhook, `postToWebhookTargets`). */
  post?: PostWebhook;
}

/** Starts delivering to `targets`; see the module comment. */
export function serveWebhooks(
  db: Kysely<Database>,
  deskEvents: DeskEventLog,
  targets: readonly WebhookTarget[],
  options: WebhookDeliveryTuning & { soleInstance: boolean },
  log: Logger,
  report: (error: unknown) => void,
): WebhookDelivery {
  const { post, connectTimeoutMs, totalTimeoutMs, ...sender } = options;
  const delivery = startWebhookDelivery(
    db,
    {
      ...sender,
      post: post ?? postToWebhookTargets(targets, { connectTimeoutMs, totalTimeoutMs }),
    },
    log,
    report,
  );
  const unfollow = targets.map((target) => deskEvents.follow(target.desk, () => delivery.poke()));
  return {
    poke: () => delivery.poke(),
    stop: async () => {
      for (const stop of unfollow) stop();
      await delivery.stop();
    },
  };
}
