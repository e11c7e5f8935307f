/**
 * The Efecte connector's state (docs/design/realtime.md, §4; `../tables/efecte-sync.ts`,
 * `../tables/efecte-cards.ts`): `efecte_sync` is each connected desk's cursor in its desk event
 * log (the last `seq` applied to Efecte) and when the connector last polled Efecte; `efecte_cards`
 * maps a desk's tickets to its data cards, with what the connector last saw on each card. The
 * inbound hints (Efecte's outbound calls) are not stored: a lost one is caught by the polling.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table efecte_sync (
      desk_id text primary key,
      last_seq bigint not null default 0 check (last_seq >= 0),
      polled_until timestamptz,
      updated_at timestamptz not null default now()
    )`,
    `create table efecte_cards (
      desk_id text not null,
      ticket_id text not null,
      template_code text not null,
      data_card_id text not null,
      pushed_version integer not null default 0,
      seen_state jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now(),
      primary key (desk_id, ticket_id),
      unique (desk_id, data_card_id)
    )`,
  ]);
}
