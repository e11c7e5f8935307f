/**
 * Queues desk events for delivery: one `webhook_deliveries` row per event whose desk has a webhook
 * subscribed to its type, written in the transaction of the change that made the events, with the
 * event's JSON as the body every attempt sends (docs/design/realtime.md, "Delivery: the outbox
 * machinery, generalised"). A desk without a webhook, or one not subscribed to the type, gets none.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { DeskEvent, DeskEventType } from '@opin/support-sdk/schemas';
import type { Database } from '../storage/database.js';
import { webhookBody } from './webhook-body.js';

/** A desk's webhook as queueing needs it: which event types it takes. */
export interface WebhookSubscription {
  /** The types it is sent; every type when left out. */
  events?: readonly DeskEventType[] | undefined;
}

/** The desks that have a webhook, by desk id. */
export type WebhookDesks = ReadonlyMap<string, WebhookSubscription>;

/** Whether `subscription` takes events of `type`. */
export function takes(subscription: WebhookSubscription, type: DeskEventType): boolean {
  return subscription.events === undefined || subscription.events.includes(type);
}

/**
 * Writes a pending delivery, due now, for each of `events` that a webhook of `webhookDesks` takes;
 * resolves to how many were written. `trx` is the change's transaction.
 */
export async function queueWebhookDeliveries(
  trx: Kysely<Database>,
  events: readonly DeskEvent[],
  webhookDesks: WebhookDesks,
): Promise<number> {
  const rows = events.flatMap((event) => {
    const subscription = webhookDesks.get(event.desk);
    if (!subscription || !takes(subscription, event.type)) return [];
    return [
      {
        desk_id: event.desk,
        seq: event.seq,
        event_id: event.id,
        event_type: event.type,
        ticket_id: event.ticketId,
        target: 'webhook' as const,
        body: webhookBody(event),
      },
    ];
  });
  if (rows.length > 0) await trx.insertInto('webhook_deliveries').values(rows).execute();
  return rows.length;
}
