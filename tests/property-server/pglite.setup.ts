/**
 * Setup file of the root vitest project that runs the mock's property suites
 * (`packages/mock-server/test/property`) against the support server on PGlite in memory.
 */
import { afterAll } from 'vitest';
import { useWorldTarget } from '../../packages/mock-server/test/property/support/world.js';
import { SERVER_RUN_SHARE } from './run-share.js';
import { serverTarget } from './server-world.js';

const target = serverTarget('server on PGlite', SERVER_RUN_SHARE, () =>
  Promise.resolve({
    target: { kind: 'embedded', dataDir: 'memory://' },
    release: () => Promise.resolve(),
  }),
);
useWorldTarget(target);
afterAll(() => target.closeAll());
