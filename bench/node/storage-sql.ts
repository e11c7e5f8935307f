/**
 * SQL on a support server's database from the benchmark's own process, in one transaction: PGlite
 * in its data directory (only while no server has it open: a data directory has one owner) or
 * PostgreSQL at the target's URL.
 * @internal
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseTarget } from './support-servers.js';

/** Runs one statement; its rows. */
export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Runs `work` in one transaction on `target`'s database, committed unless it throws. */
export async function inTransaction<T>(
  target: DatabaseTarget,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  if (target.kind === 'embedded') {
    const db = await PGlite.create(target.dataDir);
    try {
      return await db.transaction((trx) =>
        work(async (text, params) => (await trx.query<Record<string, unknown>>(text, params)).rows),
      );
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('begin');
    const result = await work(
      async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    );
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
