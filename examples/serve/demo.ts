/**
 * `pnpm demo`: the mock API (port 4010) and the examples (port 4000: the example index, the desk
 * console, and the widget bundle under `/widget/`). Prints the addresses and every desk's key;
 * Ctrl+C or SIGTERM stops both servers.
 *
 *   tsx examples/serve/demo.ts [--port N] [--api-port N] [--host HOST]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSupportClient } from '@opin/support-sdk';
import { startMockServer, type RunningMockServer } from '@opin/support-mock-server/node';
import { DemoUsageError, demoUsage, parseDemoArgs, type DemoOptions } from './demo-options.js';
import { startStaticServer, type RunningStaticServer } from './static-server.js';

const examplesDir = fileURLToPath(new URL('..', import.meta.url));
const widgetDist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));
const consoleBundle = fileURLToPath(new URL('../desk-console/dist/main.js', import.meta.url));
/** The API base the desk console uses when the page address has no `?api=`. */
const consoleDefaultApi = 'http://127.0.0.1:4010/api/v1';

async function main(): Promise<void> {
  let options: DemoOptions;
  try {
    const command = parseDemoArgs(process.argv.slice(2), process.env);
    if (command.kind === 'help') return void process.stdout.write(`${demoUsage}\n`);
    options = command.options;
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error;
    process.stderr.write(`demo: ${error.message}\n\n${demoUsage}\n`);
    process.exitCode = 2;
    return;
  }

  const mock = await startMockServer({ port: options.apiPort, host: options.host });
  let web: RunningStaticServer;
  try {
    web = await startStaticServer({
      port: options.port,
      host: options.host,
      mounts: [
        { prefix: '/', directory: examplesDir },
        ...(existsSync(widgetDist) ? [{ prefix: '/widget/', directory: widgetDist }] : []),
      ],
    });
  } catch (error) {
    await mock.close();
    throw error;
  }
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void Promise.all([web.close(), mock.close()]).then(() =>
      process.stdout.write('Demo stopped.\n'),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    process.stdout.write(`${(await describe(mock, web)).join('\n')}\n`);
  } catch (error) {
    stop();
    throw error;
  }
}

async function describe(mock: RunningMockServer, web: RunningStaticServer): Promise<string[]> {
  const api = mock.apiBase === consoleDefaultApi ? '' : `?api=${encodeURIComponent(mock.apiBase)}`;
  const desks = await createSupportClient({ baseUrl: mock.apiBase }).listDesks();
  return [
    'Opin.fi support demo',
    `  Examples:     ${web.url}/`,
    `  Desk console: ${web.url}/desk-console/${api}`,
    existsSync(widgetDist)
      ? `  Widget:       ${web.url}/widget/`
      : '  Widget:       not built yet (packages/widget/dist is missing)',
    `  API base:     ${mock.apiBase}`,
    ...(existsSync(consoleBundle)
      ? []
      : ['', 'The desk console is not built: pnpm --filter @opin/example-desk-console build']),
    '',
    'Desk keys (Authorization: Bearer <key>):',
    ...desks.map(
      (desk) =>
        `  ${desk.id.padEnd(12)} ${desk.name.en.padEnd(44)} ${desk.integration.padEnd(8)} ${mock.deskKeys[desk.id] ?? ''}`,
    ),
    '',
    'Press Ctrl+C to stop.',
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
