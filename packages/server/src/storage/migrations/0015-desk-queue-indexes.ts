/**
 * The desk queues' indexes (`../../repository/desk-queue-rows.ts`): the open tickets of each owning
 * desk and of each assisting desk in filing order, and the pending hand-offs to each desk, so a
 * queue page reads its own desk's rows whatever other desks hold.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create index tickets_queue_owner on tickets (owner, filed) where status <> 'closed'`,
    `create index tickets_queue_assisting on tickets (assisting, filed)
      where status <> 'closed' and assisting is not null`,
    `create index handoffs_pending_to on handoffs (to_desk, ticket_id) where state = 'pending'`,
  ]);
}
