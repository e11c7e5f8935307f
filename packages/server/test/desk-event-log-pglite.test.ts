/** The desk event log on the embedded target (PGlite in memory): `./support/desk-event-log-suite.ts`. */
import { describe } from 'vitest';
import { deskEventLogOnSql } from './support/desk-event-log-suite.js';
import { useInMemoryPglite } from './support/pglite.js';

describe('desk event log on PGlite', () => {
  const db = useInMemoryPglite();
  deskEventLogOnSql(db);
});
