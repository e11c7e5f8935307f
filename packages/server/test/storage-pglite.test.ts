/** The database's own rules on the embedded target (PGlite in memory). */
import { describe } from 'vitest';
import { useInMemoryPglite } from './support/pglite.js';
import { storageRules } from './support/storage-rules.js';

describe('storage on PGlite', () => {
  storageRules(useInMemoryPglite());
});
