/** Delivering the outbox over SMTP on loopback, with PostgreSQL (`./support/mail-delivery-suite.ts`). */
import { afterAll, beforeAll } from 'vitest';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { mailDeliverySuite } from './support/mail-delivery-suite.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { silentLog } from './support/silent-log.js';

describeOnPostgres('delivering the outbox over SMTP', () => {
  const schemaUrl = useFreshSchema();
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await opened?.close();
  });
  mailDeliverySuite(() => {
    if (!opened) throw new Error('not open');
    return opened.db;
  });
});
