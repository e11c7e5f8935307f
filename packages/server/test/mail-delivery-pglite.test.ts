/** Delivering the outbox over SMTP on loopback, with PGlite (`./support/mail-delivery-suite.ts`). */
import { describe } from 'vitest';
import { mailDeliverySuite } from './support/mail-delivery-suite.js';
import { useInMemoryPglite } from './support/pglite.js';

describe('delivering the outbox over SMTP (PGlite)', () => {
  mailDeliverySuite(useInMemoryPglite());
});
