/** Delivering the outbox over SMTP on loopback, with PostgreSQL (`./support/mail-delivery-suite.ts`). */
import { mailDeliverySuite } from './support/mail-delivery-suite.js';
import { describeOnPostgres, useOpenedPostgres } from './support/postgres.js';

describeOnPostgres('delivering the outbox over SMTP', () => {
  mailDeliverySuite(useOpenedPostgres());
});
