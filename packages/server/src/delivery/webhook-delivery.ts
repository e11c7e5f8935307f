/**
 * Webhook delivery beside serving: the sender (`./webhook-sender.ts`) filled every `intervalMs`
 * (2 s) and whenever it is poked — by the `desk_event` notification, and as each attempt ends to
 * fill its slot (`../tasks/run-every.ts`). The server starts it only when some desk has a webhook.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { runEvery } from '../tasks/run-every.js';
import { letGoOfClaims, webhookQueue } from './delivery-claims.js';
import type { PostWebhook } from './webhook-post.js';
import { WebhookSender, type WebhookSenderOptions } from './webhook-sender.js';

/** How the server delivers webhooks (`SupportServerOptions.webhooks`). */
export interface WebhookDeliveryOptions extends WebhookSenderOptions {
  /** Posts one attempt: the signed HTTP sender, with each desk's URL and secrets. */
  post: PostWebhook;
  /** How often due deliveries are looked for when nothing pokes, in milliseconds (default 2 s). */
  intervalMs?: number;
}

/** Webhook delivery, running. */
export interface WebhookDelivery {
  /** Looks for due deliveries now (new desk events were saved). */
  poke(): void;
  /** Stops claiming, aborts the attempts in flight and waits for their outcomes. */
  stop(): Promise<void>;
}

/**
 * Starts delivering `webhook_deliveries` in `db`. With `soleInstance` (the embedded database, which
 * one process owns), claims left by a process that died are let go at once rather than when they
 * run out.
 */
export function startWebhookDelivery(
  db: Kysely<Database>,
  options: WebhookDeliveryOptions & { soleInstance: boolean },
  log: Logger,
  report: (error: unknown) => void,
): WebhookDelivery {
  const sender = new WebhookSender(db, options.post, log, options);
  let claimsLetGo = !options.soleInstance;
  const task = runEvery(
    options.intervalMs ?? 2_000,
    async () => {
      if (!claimsLetGo) {
        await letGoOfClaims(db, webhookQueue);
        claimsLetGo = true;
      }
      await sender.fill(report, () => task.poke());
    },
    report,
  );
  log.info('delivering webhooks');
  task.poke();
  return {
    poke: () => task.poke(),
    async stop() {
      await task.stop();
      await sender.stop();
    },
  };
}
