/**
 * Many tickets at once, made in the database from tickets filed through the API, as
 * {@link copiedTicketsMethod} says. References are drawn by the domain's own `newReference` and
 * access tokens by its `newAccessToken` (only their hashes are stored, as the server does).
 * @internal
 */
import { hashToken, newAccessToken, newReference } from '@opin/support-domain';
import type { DatabaseTarget } from './support-servers.js';
import { inTransaction, type Query } from './storage-sql.js';

/** What `copyTickets` says about the copies. */
export const copiedTicketsMethod =
  'a copy is made set-based in SQL (the server stopped) from one of the tickets filed through ' +
  "the API, taken in turn: a `tickets` row like its model's (the same fields and timestamps) with " +
  "a new reference and the hash of a new access token, appended in filing order, and the model's " +
  '`created` event with a new id from the sequence the server draws from. Not copied: what no ' +
  "desk queue reads — the models' confirmation e-mails in the outbox (a sender would deliver " +
  'them again), their idempotency keys and the confirmation-mail log';

/** Adds `count` copies of the first `models` tickets filed (in filing order) to `target`. */
export async function copyTickets(
  target: DatabaseTarget,
  models: number,
  count: number,
): Promise<void> {
  const taken = new Set<string>();
  const ids = Array.from({ length: count }, () => {
    const id = newReference((candidate) => taken.has(candidate));
    taken.add(id);
    return id;
  });
  const tokenHashes = await Promise.all(ids.map(() => hashToken(newAccessToken())));
  await inTransaction(target, async (query) => {
    const modelIds = await modelTickets(query, models);
    const modelOf = ids.map((_, index) => modelIds[index % modelIds.length] ?? '');
    await query(
      `create temp table copies on commit drop as
        select * from unnest($1::text[], $2::text[], $3::text[]) with ordinality
          as c(id, token_hash, model_id, n)`,
      [ids, tokenHashes, modelOf],
    );
    const columns = await copiedColumns(query);
    const inserted = await query(
      `insert into tickets (id, token_hash, ${columns})
        select c.id, c.token_hash, ${columns.replace(/(\w+)/g, 't.$1')}
        from copies c join tickets t on t.id = c.model_id order by c.n
        returning id`,
    );
    if (inserted.length !== count) throw new Error(`${inserted.length} of ${count} copied.`);
    await query(
      `insert into ticket_events (ticket_id, seq, event)
        select c.id, e.seq, jsonb_set(e.event, '{id}', to_jsonb('evt-' || nextval('record_ids_evt')))
        from copies c join ticket_events e on e.ticket_id = c.model_id order by c.n, e.seq`,
    );
  });
}

/** The first `models` tickets filed; throws unless they are tickets as filed. */
async function modelTickets(query: Query, models: number): Promise<string[]> {
  const rows = await query('select id from tickets order by filed limit $1', [models]);
  const ids = rows.map((row) => String(row['id']));
  if (ids.length !== models) throw new Error(`${ids.length} of ${models} model tickets stored.`);
  for (const table of ['ticket_messages', 'handoffs', 'timers']) {
    const [row] = await query(`select count(*)::int as n from ${table} where ticket_id = any($1)`, [
      ids,
    ]);
    if (row?.['n'] !== 0) throw new Error(`The model tickets have rows in ${table}.`);
  }
  const [changed] = await query(
    'select count(*)::int as n from tickets where id = any($1) and version <> 1',
    [ids],
  );
  if (changed?.['n'] !== 0) throw new Error('The model tickets have changed since filing.');
  return ids;
}

/** The `tickets` columns copied as they are: all but the reference, the token hash and `filed`. */
async function copiedColumns(query: Query): Promise<string> {
  const rows = await query(
    `select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'tickets'
        and column_name not in ('id', 'token_hash', 'filed')
      order by ordinal_position`,
  );
  return rows.map((row) => String(row['column_name'])).join(', ');
}
