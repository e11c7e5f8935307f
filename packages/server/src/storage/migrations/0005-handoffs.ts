/**
 * `handoffs` (`../tables/handoffs.ts`). The partial unique index is the database's half of the
 * rule "at most one open hand-off per ticket"; its condition is the domain's `isHandoffOpen`.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table handoffs (
      id bigint generated always as identity primary key,
      ticket_id text not null references tickets (id),
      from_desk text not null,
      to_desk text not null,
      mode text not null check (mode in ('transfer', 'consult')),
      state text not null check (state in ('pending', 'accepted', 'returned')),
      requested_at timestamptz not null,
      responded_at timestamptz,
      answered_at timestamptz,
      check (from_desk <> to_desk)
    )`,
    `create unique index handoffs_one_open_per_ticket on handoffs (ticket_id)
      where state = 'pending' or (mode = 'consult' and state = 'accepted' and answered_at is null)`,
    `create index handoffs_ticket on handoffs (ticket_id, id)`,
  ]);
}
