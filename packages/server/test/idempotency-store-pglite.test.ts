/** The Idempotency-Keys store on the embedded target (PGlite in memory). */
import { describe } from 'vitest';
import { idempotencyStoreContract } from './support/idempotency-store-contract.js';
import { useInMemoryPglite } from './support/pglite.js';

describe('SqlIdempotencyStore on PGlite', () => {
  idempotencyStoreContract(useInMemoryPglite());
});
