/**
 * The API behind the examples: `pnpm demo` runs the support server (`@opin/support-server` with
 * `--demo`, on an embedded PGlite data directory, so tickets survive a restart); `pnpm dev` runs
 * the mock server (memory, started afresh each time).
 * @internal
 */
import { demoConfig } from '@opin/support-domain';
import { deskKeyFor } from '@opin/support-http';
import { startMockServer } from '@opin/support-mock-server/node';
import { startSupportServer } from '@opin/support-server';
import type { DemoOptions } from './demo-options.js';

/** A running API for the examples. */
export interface RunningApi {
  /** e.g. `http://127.0.0.1:4010/api/v1` */
  apiBase: string;
  /** Every desk's key, by desk id. */
  deskKeys: Record<string, string>;
  /** What the banner says about the API, e.g. where its data lives. */
  notes: string[];
  close(): Promise<void>;
}

/** The support server with the demo config on `options.dataDir`. */
export async function startDemoServer(options: DemoOptions): Promise<RunningApi> {
  const server = await startSupportServer({
    port: options.apiPort,
    host: options.host,
    database: { kind: 'embedded', dataDir: options.dataDir },
    config: demoConfig,
    demo: true,
    logLevel: 'warn',
  });
  try {
    await server.ready;
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    apiBase: `${server.url}/api/v1`,
    deskKeys: Object.fromEntries(demoConfig.desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
    notes:
      options.dataDir === 'memory://'
        ? ['The API keeps its tickets in memory: they are gone when the demo stops.']
        : [
            `The API keeps its tickets in ${options.dataDir}: they are there after a restart (delete it to start afresh).`,
          ],
    close: () => server.close(),
  };
}

/** The mock server (in memory). */
export async function startMockApi(options: DemoOptions): Promise<RunningApi> {
  const mock = await startMockServer({ port: options.apiPort, host: options.host });
  return {
    apiBase: mock.apiBase,
    deskKeys: mock.deskKeys,
    notes: ['The API is the mock server: its tickets live in memory until it stops.'],
    close: () => mock.close(),
  };
}
