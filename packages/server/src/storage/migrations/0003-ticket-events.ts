/**
 * `ticket_events` (`../tables/ticket-events.ts`): append-only.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table ticket_events (
      ticket_id text not null references tickets (id),
      seq integer not null check (seq >= 0),
      event jsonb not null,
      primary key (ticket_id, seq)
    )`,
    `create trigger ticket_events_append_only
      before update or delete on ticket_events
      for each row execute function reject_change_of_append_only()`,
  ]);
}
