/**
 * A PostgreSQL server through Kysely's `PostgresDialect` and a `pg` pool. Idle clients that lose
 * their connection are logged, not fatal: the pool replaces them.
 * @internal
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log/logger.js';
import type { Database } from './database.js';
import type { OpenedDatabase } from './opened-database.js';

/** Opens a pool to the PostgreSQL at `url`; connections are made on first use. */
export function openPostgres(url: string, log: Logger, maxConnections = 10): OpenedDatabase {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  pool.on('error', (error) =>
    log.warn({ err: { message: error.message } }, 'idle database connection lost'),
  );
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
