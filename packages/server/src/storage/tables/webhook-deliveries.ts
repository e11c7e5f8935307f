/**
 * `webhook_deliveries`: desk events to deliver to a desk's webhook (or Efecte connector), written
 * in the transaction of the change that made the events (`../../delivery/webhook-queue.ts`) and
 * delivered by `../../delivery/webhook-sender.ts`; also the desk's delivery log
 * (`migrations/0018-webhook-deliveries.ts`). Bodies are thin events (ids and state), but a
 * receiver's answer is never stored: only its status or an error code.
 * @internal
 */
import type { ColumnType, Generated } from 'kysely';
import type { TimestampDefaultNow } from './timestamps.js';

/** Where a delivery stands: waiting, delivered, or given up on. */
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

/** Where a delivery goes: the desk's webhook, or its Efecte connector. */
export type WebhookDeliveryTarget = 'webhook' | 'efecte';

/** The `webhook_deliveries` table. */
export interface WebhookDeliveriesTable {
  id: Generated<string>;
  desk_id: string;
  /** The event's `seq` in the desk's log (`bigint`: read as a string). */
  seq: ColumnType<string, number | string, never>;
  /** The event's id (`hanken:42`): what the receiver deduplicates on. */
  event_id: string;
  event_type: string;
  ticket_id: string;
  target: ColumnType<WebhookDeliveryTarget, WebhookDeliveryTarget | undefined, never>;
  state: Generated<WebhookDeliveryState>;
  attempts: Generated<number>;
  /** When a pending delivery may be tried next. */
  next_attempt_at: TimestampDefaultNow;
  /** Until when an instance's claim on the delivery lasts; `null` when unclaimed. */
  claimed_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When the last attempt started. */
  last_attempt_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The receiver's HTTP status on the last attempt, if it answered. */
  last_status: ColumnType<number | null, number | null | undefined, number | null>;
  /** What the last attempt failed with: a status or an error code, never the receiver's text. */
  failure: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: TimestampDefaultNow;
  /** Set exactly when `state` is `delivered`. */
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The delivery this one replays. */
  replay_of: ColumnType<string | null, string | null | undefined, never>;
  /** The event as posted: the same bytes on every attempt and replay. */
  body: ColumnType<string, string, never>;
}
