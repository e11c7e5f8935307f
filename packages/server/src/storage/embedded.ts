/**
 * The embedded database: PGlite in a data directory, through Kysely's PGlite dialect (one
 * connection, transactions taken in turn). The first start in an empty directory runs initdb,
 * which takes seconds: it is logged, so a quiet start is not mistaken for a hang.
 * @internal
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, types, type PGliteOptions } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from './database.js';
import { lockDataDir } from './data-dir-lock.js';
import type { OpenedDatabase } from './opened-database.js';
import { inMemory } from './target.js';

/**
 * `bigint` columns read as strings, as `pg` reads them: a `bigint` does not fit a JavaScript
 * number, and both targets must give the same rows.
 */
const options: PGliteOptions = { parsers: { [types.INT8]: (value: string) => value } };

/** Opens (creating if needed) the PGlite database in `dataDir`, or one in memory. */
export async function openEmbedded(dataDir: string, log: Logger): Promise<OpenedDatabase> {
  if (dataDir === inMemory) return wrap(await PGlite.create(options), () => undefined);
  const path = resolve(dataDir);
  mkdirSync(path, { recursive: true });
  const unlock = lockDataDir(path);
  try {
    const fresh = !existsSync(join(path, 'PG_VERSION'));
    if (fresh) log.info({ dataDir: path }, 'preparing the data directory (first start: initdb)');
    const pglite = await PGlite.create(path, options);
    if (fresh) log.info({ dataDir: path }, 'data directory prepared');
    return wrap(pglite, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

function wrap(pglite: PGlite, unlock: () => void): OpenedDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    close() {
      closing ??= (async () => {
        try {
          await db.destroy();
          if (!pglite.closed) await pglite.close();
        } finally {
          unlock();
        }
      })();
      return closing;
    },
  };
}
