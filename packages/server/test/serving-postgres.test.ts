/** The server serving the contract on PostgreSQL (`./support/serving-suite.ts`). */
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { servingSuite } from './support/serving-suite.js';

describeOnPostgres('the server serving the contract', () => {
  const url = useFreshSchema();
  servingSuite(() => ({ kind: 'postgres', url: url() }));
});
