/** The server serving the contract on an embedded PGlite data directory (`./support/serving-suite.ts`). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { processTestCeilingMs } from './support/cli-process.js';
import { servingSuite } from './support/serving-suite.js';

describe('the server serving the contract (PGlite)', { timeout: processTestCeilingMs }, () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'opin-serving-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  servingSuite(() => ({ kind: 'embedded', dataDir }));
});
