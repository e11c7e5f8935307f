/**
 * The child process of `start-support-server-process.ts`: the built support server
 * (`@opin/support-server`, run without the `@opin/source` condition) with the demo config
 * (`--demo`: `dev-<deskId>` keys and `/_mock/*`), in a Node process of its own. Its options come
 * as one JSON argument; it prints its ready line (`ready-line.ts`) once the database is migrated
 * and closes on SIGTERM/SIGINT.
 *
 *   node --import tsx tools/src/support-server/support-server-child.ts \
 *     '{"database":{"kind":"embedded","dataDir":"/tmp/x"},"api":{"rateLimitPerMinute":0}}'
 * @internal
 */
import { demoConfig } from '@opin/support-domain';
import { deskKeyFor } from '@opin/support-http';
import type { SupportServerOptions } from '@opin/support-server';
import { closeOnSignal } from '../processes/close-on-signal.js';
import { formatReadyLine } from '../processes/ready-line.js';
import type { SupportServerReady } from './support-server-ready.js';

/** What the JSON argument may set. */
type ChildOptions = Pick<SupportServerOptions, 'database' | 'api' | 'connections'> &
  Partial<Pick<SupportServerOptions, 'port' | 'host' | 'logLevel'>>;

async function main(): Promise<void> {
  const options = readOptions(process.argv[2] ?? '{}');
  const { startSupportServer } = await import('@opin/support-server').catch((error: unknown) => {
    throw new Error(`the support server is not built (run \`pnpm build\`): ${String(error)}`);
  });
  const server = await startSupportServer({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'warn',
    ...options,
    config: demoConfig,
    demo: true,
  });
  closeOnSignal(() => server.close());
  await server.ready;
  const ready: SupportServerReady = {
    url: server.url,
    apiBase: `${server.url}/api/v1`,
    deskKeys: Object.fromEntries(demoConfig.desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
  };
  process.stdout.write(formatReadyLine(ready));
}

/** The options argument: a JSON object with at least `database`. */
function readOptions(text: string): ChildOptions {
  const options: unknown = JSON.parse(text);
  if (typeof options !== 'object' || options === null || !('database' in options)) {
    throw new Error(`the options must be a JSON object with a database, not ${text}`);
  }
  return options as ChildOptions;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `support server child: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
