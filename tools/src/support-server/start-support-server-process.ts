/**
 * The built support server, with the demo config, in a child process of its own
 * (`support-server-child.ts`): for `pnpm test:api:external`, which runs the API tests against it
 * on each storage target. Needs `pnpm build`.
 * @internal
 */
import { fileURLToPath } from 'node:url';
import type { ApiOptions, ConnectionLimits, DatabaseTarget } from '@opin/support-server';
import { startReadyChild } from '../processes/start-ready-child.js';
import { repoRoot } from '../repo-root.js';
import { readSupportServerReady, type SupportServerReady } from './support-server-ready.js';

/** A support server running in a child process. */
export interface SupportServerProcess extends SupportServerReady {
  /** The server process's id. */
  readonly pid: number;
  /** Stops the process (SIGTERM; it closes the server and its database) and waits for it. */
  readonly stop: () => Promise<void>;
}

/** Where the server keeps its data, the API's options and the connection caps. */
export interface SupportServerProcessOptions {
  database: DatabaseTarget;
  api?: ApiOptions;
  connections?: ConnectionLimits;
}

const childEntry = fileURLToPath(new URL('support-server-child.ts', import.meta.url));

/** Starts the server on a free port; resolves once its database is migrated. */
export async function startSupportServerProcess(
  options: SupportServerProcessOptions,
): Promise<SupportServerProcess> {
  const child = await startReadyChild({
    name: 'the support server process',
    command: process.execPath,
    args: ['--import', 'tsx', childEntry, JSON.stringify(options)],
    cwd: repoRoot,
    readReady: readSupportServerReady,
    // A first start in a new data directory runs initdb: seconds, many on a busy machine.
    readyCeilingMs: 300_000,
  });
  return { ...child.ready, pid: child.pid, stop: child.stop };
}
