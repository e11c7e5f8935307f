/** Durability under SIGKILL on PostgreSQL (`./support/durability-suite.ts`). */
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { durabilitySuite } from './support/durability-suite.js';

describeOnPostgres('the server killed under load', () => {
  const url = useFreshSchema();
  durabilitySuite(() => ['--database-url', url()]);
});
