/** The Idempotency-Keys store on PostgreSQL, two instances (two pools) on one schema. */
import { afterAll, beforeAll } from 'vitest';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { idempotencyStoreContract } from './support/idempotency-store-contract.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { silentLog } from './support/silent-log.js';

describeOnPostgres('SqlIdempotencyStore', () => {
  const schemaUrl = useFreshSchema();
  let first: OpenedDatabase | undefined;
  let second: OpenedDatabase | undefined;
  beforeAll(async () => {
    first = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
    second = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });
  const open = (opened: OpenedDatabase | undefined) => {
    if (!opened) throw new Error('not open');
    return opened.db;
  };
  idempotencyStoreContract(
    () => open(first),
    () => open(second),
  );
});
