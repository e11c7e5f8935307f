/** The demo's control endpoints' storage on PostgreSQL. */
import { afterAll, beforeAll } from 'vitest';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { apiControlContract } from './support/api-control-contract.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { silentLog } from './support/silent-log.js';

describeOnPostgres('SqlApiControl', () => {
  const schemaUrl = useFreshSchema();
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await opened?.close();
  });
  apiControlContract(() => {
    if (!opened) throw new Error('not open');
    return opened.db;
  });
});
