/** The demo's control endpoints' storage on PostgreSQL. */
import { apiControlContract } from './support/api-control-contract.js';
import { describeOnPostgres, useOpenedPostgres } from './support/postgres.js';

describeOnPostgres('SqlApiControl', () => {
  apiControlContract(useOpenedPostgres());
});
