/**
 * The child process of `start-mock-server-process.ts`: the built mock server
 * (`@opin/support-mock-server/node`, run without the `@opin/source` condition) in a Node process
 * of its own, so that a load generator does not share its event loop. Its options come as one JSON
 * argument; it prints its ready line (`ready-line.ts`) once it listens and closes on SIGTERM/SIGINT.
 *
 *   node --import tsx tools/src/mock-server/mock-server-child.ts '{"rateLimitPerMinute":0}'
 * @internal
 */
import type { MockServerOptions } from '@opin/support-mock-server/node';
import { closeOnSignal } from '../processes/close-on-signal.js';
import { formatReadyLine } from '../processes/ready-line.js';
import type { MockServerReady } from './mock-server-ready.js';

async function main(): Promise<void> {
  const options = readOptions(process.argv[2] ?? '{}');
  const { startMockServer } = await import('@opin/support-mock-server/node').catch(
    (error: unknown) => {
      throw new Error(`the mock server is not built (run \`pnpm build\`): ${String(error)}`);
    },
  );
  const server = await startMockServer(options);
  closeOnSignal(() => server.close());
  const ready: MockServerReady = {
    url: server.url,
    apiBase: server.apiBase,
    deskKeys: server.deskKeys,
  };
  process.stdout.write(formatReadyLine(ready));
}

/** The options argument: a JSON object of {@link MockServerOptions}. */
function readOptions(text: string): MockServerOptions {
  const options: unknown = JSON.parse(text);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(`the options must be a JSON object, not ${text}`);
  }
  return options;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `mock server child: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
