/**
 * `webhook_deliveries` (`../tables/webhook-deliveries.ts`): one row per desk event to post to a
 * desk's webhook (or, `target = 'efecte'`, to write through its Efecte connector), delivered by
 * `../../delivery/webhook-sender.ts` with the claims the outbox uses. The row keeps the event's body,
 * the exact bytes sent on every attempt, so a delivery does not depend on the event log's retention.
 * A replay is a new row naming the one it replays (`replay_of`): the table is the delivery log.
 * Indexes: the claim (due pending rows), the claims a desk holds (at most 2 at a time), a desk's
 * log newest first (all, by ticket, failed only) and the pending delivery of an event.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table webhook_deliveries (
      id bigint generated always as identity primary key,
      desk_id text not null,
      seq bigint not null check (seq > 0),
      event_id text not null,
      event_type text not null,
      ticket_id text not null,
      target text not null default 'webhook' check (target in ('webhook', 'efecte')),
      state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz not null default now(),
      claimed_until timestamptz,
      last_attempt_at timestamptz,
      last_status integer,
      failure text,
      created_at timestamptz not null default now(),
      delivered_at timestamptz,
      replay_of bigint references webhook_deliveries (id),
      body text not null,
      check ((state = 'delivered') = (delivered_at is not null))
    )`,
    `create index webhook_deliveries_due on webhook_deliveries (next_attempt_at, id)
      where state = 'pending'`,
    `create index webhook_deliveries_claimed on webhook_deliveries (desk_id, claimed_until)
      where state = 'pending' and claimed_until is not null`,
    `create index webhook_deliveries_log on webhook_deliveries (desk_id, id)`,
    `create index webhook_deliveries_log_ticket on webhook_deliveries (desk_id, ticket_id, id)`,
    `create index webhook_deliveries_log_failed on webhook_deliveries (desk_id, id)
      where state = 'failed'`,
    `create index webhook_deliveries_pending_event on webhook_deliveries (desk_id, event_id, target)
      where state = 'pending'`,
  ]);
}
