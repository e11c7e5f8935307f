/**
 * `ticket_messages` (`../tables/ticket-messages.ts`): append-only.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table ticket_messages (
      ticket_id text not null references tickets (id),
      visibility text not null check (visibility in ('learner', 'internal')),
      seq integer not null check (seq >= 0),
      entry jsonb not null,
      primary key (ticket_id, visibility, seq)
    )`,
    `create trigger ticket_messages_append_only
      before update or delete on ticket_messages
      for each row execute function reject_change_of_append_only()`,
  ]);
}
