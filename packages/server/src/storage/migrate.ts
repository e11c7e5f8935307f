/**
 * Brings the schema up to date at start: every migration not yet applied runs, in order, forward
 * only. Several instances starting at once are safe: Kysely's migrator holds a lock while it runs.
 * Its own tables (`kysely_migration`, `kysely_migration_lock`) are named in the schema the server
 * works in (`current_schema()`, the first of `search_path` that exists): unnamed, Kysely takes
 * another schema's tables of the same name for them and a fresh schema never migrates.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Logger } from '../log/logger.js';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Applies the pending migrations; throws (naming the one that failed) if one fails. */
export async function migrateToLatest(db: Kysely<Database>, log: Logger): Promise<void> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  const migrator = new Migrator({
    db,
    migrationTableSchema: rows[0]?.schema ?? undefined,
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
