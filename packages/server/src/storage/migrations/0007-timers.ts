/**
 * `timers` (`../tables/timers.ts`): at most one timer of each kind per ticket; found by `due_at`.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table timers (
      id bigint generated always as identity primary key,
      ticket_id text not null references tickets (id),
      kind text not null check (kind in ('handoff_ack', 'auto_close')),
      due_at timestamptz not null,
      unique (ticket_id, kind)
    )`,
    `create index timers_due on timers (due_at)`,
  ]);
}
