/**
 * The candidates of a desk queue's page in SQL: the ids of open tickets the desk owns, assists, or
 * has a pending hand-off to, filed after a point, in filing order. Each of the three is read
 * through an index of its own (migration 0015) in filing order and stops at the page's length, so
 * a page costs the same whatever other desks hold; `inQueueOf` still decides.
 * @internal
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../storage/database.js';

/** Up to `limit` candidate ids of `desk`'s queue filed after `after` (a `filed` value). */
export async function deskQueueCandidates(
  db: Kysely<Database>,
  desk: string,
  after: string,
  limit: number,
): Promise<string[]> {
  const { rows } = await deskQueueQuery(desk, after, limit).execute(db);
  return rows.map((row) => row.id);
}

/** The query of {@link deskQueueCandidates} (its tests read its plan). */
export function deskQueueQuery(
  desk: string,
  after: string,
  limit: number,
): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`
    select id from (
      (select id, filed from tickets
        where owner = ${desk} and status <> 'closed' and filed > ${after}
        order by filed limit ${limit})
      union
      (select id, filed from tickets
        where assisting = ${desk} and status <> 'closed' and filed > ${after}
        order by filed limit ${limit})
      union
      (select tickets.id, tickets.filed from handoffs join tickets on tickets.id = handoffs.ticket_id
        where handoffs.to_desk = ${desk} and handoffs.state = 'pending'
          and tickets.status <> 'closed' and tickets.filed > ${after}
        order by tickets.filed limit ${limit})
    ) as candidates
    order by filed limit ${limit}`;
}
