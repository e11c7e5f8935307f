/**
 * The built mock server in a child process of its own (`mock-server-child.ts`): for the load
 * benchmark, so that the load generator does not share an event loop with it, and for
 * `pnpm test:api:external`, which runs the API tests against a URL. Needs `pnpm build`.
 * @internal
 */
import { fileURLToPath } from 'node:url';
import type { MockServerOptions } from '@opin/support-mock-server/node';
import { startReadyChild } from '../processes/start-ready-child.js';
import { repoRoot } from '../repo-root.js';
import { readMockServerReady, type MockServerReady } from './mock-server-ready.js';

/** A mock server running in a child process. */
export interface MockServerProcess extends MockServerReady {
  /** Stops the process (SIGTERM; it closes the server) and waits for it to exit. */
  readonly stop: () => Promise<void>;
}

const childEntry = fileURLToPath(new URL('mock-server-child.ts', import.meta.url));

/** Starts the mock server with `options` (on a free port unless `options.port` says otherwise). */
export async function startMockServerProcess(
  options: MockServerOptions = {},
): Promise<MockServerProcess> {
  const child = await startReadyChild({
    name: 'the mock server process',
    command: process.execPath,
    args: ['--import', 'tsx', childEntry, JSON.stringify({ port: 0, ...options })],
    cwd: repoRoot,
    readReady: readMockServerReady,
  });
  return { ...child.ready, stop: child.stop };
}
