/**
 * Keeps the `handoffs` rows in step with the ticket's hand-off: a change that starts a hand-off
 * inserts a row; one that answers it (accepts, declines, expires, answers a consult) updates the
 * latest row. So the partial unique index "at most one open hand-off per ticket"
 * (`../storage/migrations/0005-handoffs.ts`) guards every save: a hand-off started over an open one
 * is refused by the database, whatever the rules did.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { StoredHandoff } from '@opin/support-domain';
import type { Database } from '../storage/database.js';

function sameHandoff(a: StoredHandoff, b: StoredHandoff): boolean {
  return a.from === b.from && a.to === b.to && a.mode === b.mode && a.requestedAt === b.requestedAt;
}

function unchanged(a: StoredHandoff, b: StoredHandoff): boolean {
  return (
    sameHandoff(a, b) &&
    a.state === b.state &&
    a.respondedAt === b.respondedAt &&
    a.answeredAt === b.answeredAt
  );
}

/** Writes the ticket's hand-off as `after` left it, `before` being the one loaded. */
export async function saveHandoff(
  trx: Kysely<Database>,
  ticketId: string,
  before: StoredHandoff | null,
  after: StoredHandoff | null,
): Promise<void> {
  if (after === null || (before !== null && unchanged(before, after))) return;
  const answer = {
    state: after.state,
    responded_at: after.respondedAt ?? null,
    answered_at: after.answeredAt ?? null,
  };
  if (before !== null && sameHandoff(before, after)) {
    const latest = trx
      .selectFrom('handoffs')
      .select('id')
      .where('ticket_id', '=', ticketId)
      .orderBy('id', 'desc')
      .limit(1);
    await trx.updateTable('handoffs').set(answer).where('id', '=', latest).execute();
    return;
  }
  await trx
    .insertInto('handoffs')
    .values({
      ticket_id: ticketId,
      from_desk: after.from,
      to_desk: after.to,
      mode: after.mode,
      requested_at: after.requestedAt,
      ...answer,
    })
    .execute();
}
