/**
 * One migrated in-memory PGlite per test file: its initdb takes seconds on a busy machine, so a
 * file opens it once (`beforeAll`) and its tests share it.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { openStorage } from '../../src/storage/open.js';
import { inMemory } from '../../src/storage/target.js';
import { processTestCeilingMs } from './cli-process.js';
import { silentLog } from './silent-log.js';

/** Opens the file's database before its tests and closes it after; call at the top of a file. */
export function useInMemoryPglite(): () => Kysely<Database> {
  let close: (() => Promise<void>) | undefined;
  let db: Kysely<Database> | undefined;
  beforeAll(async () => {
    const opened = await openStorage({ kind: 'embedded', dataDir: inMemory }, silentLog);
    db = opened.db;
    close = () => opened.close();
  }, processTestCeilingMs);
  afterAll(async () => {
    await close?.();
  });
  return () => {
    if (!db) throw new Error('the database is not open yet');
    return db;
  };
}
