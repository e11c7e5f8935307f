/** E-mail both ways over SMTP, on PostgreSQL (`./support/mail-round-trip-suite.ts`). */
import { mailRoundTripSuite } from './support/mail-round-trip-suite.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';

describeOnPostgres('mail round trip', () => {
  const url = useFreshSchema();
  mailRoundTripSuite(() => ({ kind: 'postgres', url: url() }));
});
