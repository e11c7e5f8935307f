/**
 * Brings the schema up to date at start: every migration not yet applied runs, in order, forward
 * only. Several instances starting at once are safe: Kysely's migrator holds a lock while it runs.
 * The migrator's own tables live in the connection's current schema (its `search_path`), named
 * so: told no schema, Kysely would take another schema's migration tables for its own.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Logger } from '../log/logger.js';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Applies the pending migrations; throws (naming the one that failed) if one fails. */
export async function migrateToLatest(db: Kysely<Database>, log: Logger): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined) throw new Error('The database has no current schema (search_path).');
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: () => Promise.resolve<Record<string, Migration>>(migrations) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  for (const result of results) {
    if (result.status === 'Success')
      log.info({ migration: result.migrationName }, 'migration applied');
    if (result.status === 'Error')
      log.error({ migration: result.migrationName }, 'migration failed');
  }
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `Migration ${failed ?? '(none)'} failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      {
        cause: error,
      },
    );
  }
}
