/**
 * `pnpm test:api:external`: runs the API tests (`tests/api`) against a server at a URL, the way a
 * team implementing the contract would run them against theirs (`tests/api/support/target.ts`).
 * The servers here are built ones (`pnpm build` first), each in its own process:
 *
 * 1. the mock server, twice: offering its `/_mock/*` routes, so every test runs, and as a server
 *    without them would be, so the tests that need them are skipped and the rest run on the data
 *    the first pass left;
 * 2. the support server with `--demo` on an embedded PGlite data directory (a new one);
 * 3. the support server with `--demo` on the PostgreSQL at `OPIN_TEST_DATABASE_URL`, in a schema
 *    made for the run and dropped after it. Without that variable this pass is skipped, unless
 *    `OPIN_REQUIRE_POSTGRES=1` (as in `.ci/run`) makes that a failure.
 * @internal
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServerProcess } from '@opin/tools/mock-server';
import { withFreshSchema } from '@opin/tools/fresh-schema';
import { startSupportServerProcess } from '@opin/tools/support-server';

/** A server under test, as the API tests read it from the environment. */
interface Target {
  apiBase: string;
  deskKeys: Record<string, string>;
}

/** Runs `vitest run tests/api` against `target`; resolves to whether every test passed. */
async function runApiTests(name: string, target: Target, mockControl: boolean): Promise<boolean> {
  console.log(`\ntests/api against ${name} at ${target.apiBase}, mock control: ${mockControl}`);
  const child = spawn('pnpm', ['exec', 'vitest', 'run', 'tests/api'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      OPIN_API_BASE_URL: target.apiBase,
      OPIN_DESK_KEYS: Object.entries(target.deskKeys)
        .map(([desk, key]) => `${desk}=${key}`)
        .join(','),
      OPIN_API_MOCK_CONTROL: mockControl ? '1' : '0',
    },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code === 0;
}

const results: boolean[] = [];

const mock = await startMockServerProcess({ rateLimitPerMinute: 0 });
try {
  results.push(await runApiTests('the mock server', mock, true));
  results.push(await runApiTests('the mock server', mock, false));
} finally {
  await mock.stop();
}

const dataDir = await mkdtemp(join(tmpdir(), 'opin-api-tests-'));
try {
  const embedded = await startSupportServerProcess({
    database: { kind: 'embedded', dataDir },
    api: { rateLimitPerMinute: 0 },
  });
  try {
    results.push(await runApiTests('the support server on PGlite', embedded, true));
  } finally {
    await embedded.stop();
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

const postgresUrl = process.env['OPIN_TEST_DATABASE_URL'];
if (postgresUrl) {
  await withFreshSchema(postgresUrl, async (url) => {
    const postgres = await startSupportServerProcess({
      database: { kind: 'postgres', url },
      api: { rateLimitPerMinute: 0 },
    });
    try {
      results.push(await runApiTests('the support server on PostgreSQL', postgres, true));
    } finally {
      await postgres.stop();
    }
  });
} else if (process.env['OPIN_REQUIRE_POSTGRES'] === '1') {
  console.error('OPIN_REQUIRE_POSTGRES=1 but OPIN_TEST_DATABASE_URL is not set.');
  results.push(false);
} else {
  console.log('\nOPIN_TEST_DATABASE_URL is not set: the PostgreSQL pass is skipped.');
}
process.exitCode = results.every(Boolean) ? 0 : 1;
