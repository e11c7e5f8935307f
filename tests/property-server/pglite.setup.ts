/**
 * Setup file of the root vitest project that runs the mock's property suites
 * (`packages/mock-server/test/property`) against the support server on PGlite in memory
 * (`./pglite-target.ts`: its servers outlive the file, for the next files of the worker).
 */
import { useWorldTarget } from '../../packages/mock-server/test/property/support/world.js';
import { pgliteTarget } from './pglite-target.js';

useWorldTarget(pgliteTarget);
