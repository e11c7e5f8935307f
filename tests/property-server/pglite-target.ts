/**
 * The support server on PGlite in memory as the target of the property suites. One instance per
 * worker: with the project's `isolate: false`, every file the worker runs reuses this module and
 * so its servers (a new world is a reset), since starting one (initdb and the migrations in
 * WebAssembly) costs more than a file's properties. The servers hold nothing but memory and end
 * with the worker.
 */
import type { WorldTarget } from '../../packages/mock-server/test/property/support/world.js';
import { SERVER_RUN_SHARE } from './run-share.js';
import { serverTarget } from './server-world.js';

export const pgliteTarget: WorldTarget = serverTarget('server on PGlite', SERVER_RUN_SHARE, () =>
  Promise.resolve({
    target: { kind: 'embedded', dataDir: 'memory://' },
    release: () => Promise.resolve(),
  }),
);
