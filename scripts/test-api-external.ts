/**
 * `pnpm test:api:external`: runs the API tests (`tests/api`) against a server at a URL, the way a
 * team implementing the contract would run them against theirs (`tests/api/support/target.ts`).
 * The server here is the built mock server in its own process (`pnpm build` first), twice:
 * offering its `/_mock/*` routes, so every test runs, and as a server without them would be, so
 * the tests that need them are skipped and the rest run on the data the first pass left.
 * @internal
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startMockServerProcess } from '@opin/tools/mock-server';

/** Runs `vitest run tests/api` with `env` added; resolves to its exit code. */
async function runApiTests(env: Record<string, string>): Promise<number> {
  const child = spawn('pnpm', ['exec', 'vitest', 'run', 'tests/api'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}

const server = await startMockServerProcess({ rateLimitPerMinute: 0 });
let failed = false;
try {
  const target = {
    OPIN_API_BASE_URL: server.apiBase,
    OPIN_DESK_KEYS: Object.entries(server.deskKeys)
      .map(([desk, key]) => `${desk}=${key}`)
      .join(','),
  };
  for (const mockControl of ['1', '0']) {
    console.log(`\ntests/api against ${server.apiBase}, OPIN_API_MOCK_CONTROL=${mockControl}`);
    const code = await runApiTests({ ...target, OPIN_API_MOCK_CONTROL: mockControl });
    failed ||= code !== 0;
  }
} finally {
  await server.stop();
}
process.exitCode = failed ? 1 : 0;
