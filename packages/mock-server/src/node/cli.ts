#!/usr/bin/env node
/**
 * `opin-support-mock-server`: starts the mock API, prints its address and every desk's key, and
 * closes cleanly on SIGINT/SIGTERM. Invalid flags exit with code 2.
 */
import { CliUsageError, parseCliArgs, usage, type CliCommand } from './cli-args.js';
import { startMockServer } from './index.js';
import { desks } from '@opin/support-domain';

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`opin-support-mock-server: ${error.message}\n\n${usage}\n`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }

  const server = await startMockServer(command.options);
  // Listen for signals before announcing the server, so an early signal still closes it.
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void server.close().then(() => process.stdout.write('Mock server stopped.\n'));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const lines = [
    `Opin.fi support mock server running at ${server.url}`,
    `API base: ${server.apiBase}`,
    '',
    'Desk keys (Authorization: Bearer <key>):',
    ...desks.map(
      (desk) =>
        `  ${desk.id.padEnd(12)} ${desk.name.en.padEnd(44)} ${desk.integration.padEnd(8)} ${server.deskKeys[desk.id] ?? ''}`,
    ),
    '',
    'Mock-only: GET /_mock/outbox, POST /_mock/clock {"advanceMinutes": N}, POST /_mock/reset, GET /_mock/stats',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `opin-support-mock-server: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
