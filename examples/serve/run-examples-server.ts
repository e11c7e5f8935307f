/**
 * What `pnpm demo` and `pnpm dev` share: read the command line, start the API (`./demo-api.ts`)
 * and the examples' web server, announce both — the banner for people, or with `--json` the ready line for
 * programs (tools/src/processes/ready-line.ts) — and on Ctrl+C or SIGTERM stop both, then exit.
 * @internal
 */
import { createSupportClient } from '@opin/support-sdk';
import { formatReadyLine } from '@opin/tools/ready-line';
import { bannerLines } from './banner.js';
import { demoAddresses } from './demo-addresses.js';
import type { RunningApi } from './demo-api.js';
import { DemoUsageError, demoUsage, parseDemoArgs, type DemoOptions } from './demo-options.js';
import type { RunningWeb } from './web-server.js';

/** Which examples server to run. */
export interface ExamplesServer {
  /** The banner's first line, e.g. `Opin.fi support demo`. */
  title: string;
  /** What `--help` and errors are prefixed with, e.g. `demo`. */
  command: string;
  startApi(options: DemoOptions): Promise<RunningApi>;
  startWeb(options: DemoOptions): Promise<RunningWeb>;
}

/** Runs `server` with the process's arguments until a signal stops it. */
export function runExamplesServer(server: ExamplesServer): void {
  run(server).catch((error: unknown) => {
    process.stderr.write(
      `${server.command}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}

async function run(server: ExamplesServer): Promise<void> {
  let options: DemoOptions;
  try {
    const command = parseDemoArgs(process.argv.slice(2), process.env);
    if (command.kind === 'help') return void process.stdout.write(`${demoUsage}\n`);
    options = command.options;
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error;
    process.stderr.write(`${server.command}: ${error.message}\n\n${demoUsage}\n`);
    process.exitCode = 2;
    return;
  }

  const api = await server.startApi(options);
  let web: RunningWeb;
  try {
    web = await server.startWeb(options);
  } catch (error) {
    await api.close();
    throw error;
  }
  // Listen for signals before announcing the servers, so that an early signal still stops them.
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void Promise.all([web.close(), api.close()]).then(() => {
      if (!options.json) process.stdout.write(`${server.title}: stopped.\n`);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const origin = new URL(web.url).origin;
    api.mailCatcher?.allowOrigin(origin);
    api.webhookReceiver?.allowOrigin(origin);
    const addresses = demoAddresses(
      web.url,
      api.apiBase,
      api.deskKeys,
      api.mailCatcher?.ready,
      api.webhookReceiver?.ready,
    );
    if (options.json) {
      process.stdout.write(formatReadyLine(addresses));
      return;
    }
    const desks = await createSupportClient({ baseUrl: api.apiBase }).listDesks();
    const notes = [...api.notes, ...web.notes];
    process.stdout.write(`${bannerLines(server.title, addresses, desks, notes).join('\n')}\n`);
  } catch (error) {
    stop();
    throw error;
  }
}
