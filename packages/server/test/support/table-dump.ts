/**
 * Every row the support server has written, read in one deterministic order: each table of its
 * schema (the migrations' own included) with its rows sorted by their text. Two equal dumps mean
 * the database did not change. Sequences are left out: they hand out ids (the repository reserves
 * a batch ahead, and PostgreSQL never takes a drawn value back), so a request that stores nothing
 * may still draw from them; they hold no data.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

const queries = new WeakMap<object, RawBuilder<{ dump: string }>>();

/** The server's tables and their rows as one string. */
export async function dumpTables<DB>(db: Kysely<DB>): Promise<string> {
  let query = queries.get(db);
  if (!query) {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
      order by table_name`.execute(db);
    // One statement for all tables: one round trip per dump.
    const columns = tables.rows.map(
      ({ name }) =>
        sql`${sql.lit(name)}, (select coalesce(json_agg(t order by t::text), '[]'::json)
          from ${sql.table(name)} t)`,
    );
    query = sql<{ dump: string }>`select json_build_object(${sql.join(columns)})::text as dump`;
    queries.set(db, query);
  }
  const result = await query.execute(db);
  return result.rows[0]?.dump ?? '';
}
