/**
 * Where the data lives: an embedded PGlite data directory, or a PostgreSQL server.
 * @internal
 */

/** The database the server uses. */
export type DatabaseTarget =
  | {
      kind: 'embedded';
      /** A directory path, or `memory://` for a database that lives only in memory (tests). */
      dataDir: string;
    }
  | {
      kind: 'postgres';
      /** `postgres://user:password@host:port/database` (libpq-style options allowed). */
      url: string;
    };

/** The in-memory PGlite address. */
export const inMemory = 'memory://';

/**
 * `target` in words safe to log: the data directory, or the PostgreSQL host, port and database
 * without user name or password.
 */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'embedded') {
    return target.dataDir === inMemory ? 'PGlite in memory' : `PGlite in ${target.dataDir}`;
  }
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (unreadable URL)';
  }
}
