/**
 * A PostgreSQL server through Kysely's `PostgresDialect` and a `pg` pool. Idle clients that lose
 * their connection are logged, not fatal: the pool replaces them. A connection that cannot be made
 * fails after {@link connectTimeoutMs} instead of waiting for ever (pg's default), so `/readyz`
 * answers 503 rather than hanging when the database is unreachable.
 * @internal
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log/logger.js';
import type { Database } from './database.js';
import type { OpenedDatabase } from './opened-database.js';

/** How long making a connection may take, by default. */
export const connectTimeoutMs = 10_000;

/** The pool's limits. */
export interface PoolLimits {
  /** Connections at most (default 10). */
  maxConnections?: number;
  /** How long making one may take (default {@link connectTimeoutMs}). */
  connectTimeoutMs?: number;
}

/** Opens a pool to the PostgreSQL at `url`; connections are made on first use. */
export function openPostgres(url: string, log: Logger, limits: PoolLimits = {}): OpenedDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: limits.maxConnections ?? 10,
    connectionTimeoutMillis: limits.connectTimeoutMs ?? connectTimeoutMs,
  });
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
