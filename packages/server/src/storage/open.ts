/**
 * Opens the database the server was configured for and brings its schema up to date.
 * @internal
 */
import type { Logger } from '../log/logger.js';
import { openEmbedded } from './embedded.js';
import { migrateToLatest } from './migrate.js';
import type { OpenedDatabase } from './opened-database.js';
import { openPostgres } from './postgres.js';
import { describeTarget, type DatabaseTarget } from './target.js';

/** Opens `target` without migrating (see {@link openStorage}). */
export async function openDatabase(target: DatabaseTarget, log: Logger): Promise<OpenedDatabase> {
  return target.kind === 'embedded'
    ? await openEmbedded(target.dataDir, log)
    : openPostgres(target.url, log);
}

/** Opens `target` and applies the pending migrations; closes it again if they fail. */
export async function openStorage(target: DatabaseTarget, log: Logger): Promise<OpenedDatabase> {
  log.info({ database: describeTarget(target) }, 'opening the database');
  const opened = await openDatabase(target, log);
  try {
    await migrateToLatest(opened.db, log);
  } catch (error) {
    await opened.close();
    throw error;
  }
  log.info({ database: describeTarget(target) }, 'database ready');
  return opened;
}
