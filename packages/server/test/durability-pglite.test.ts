/** Durability under SIGKILL on an embedded PGlite data directory (`./support/durability-suite.ts`). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { durabilitySuite } from './support/durability-suite.js';

describe('the server killed under load (PGlite)', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'opin-durability-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  durabilitySuite(() => ['--data-dir', dataDir]);
});
