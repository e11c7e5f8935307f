/** The demo's control endpoints' storage on the embedded target (PGlite in memory). */
import { describe } from 'vitest';
import { apiControlContract } from './support/api-control-contract.js';
import { useInMemoryPglite } from './support/pglite.js';

describe('SqlApiControl on PGlite', () => {
  apiControlContract(useInMemoryPglite());
});
