#!/usr/bin/env node
/**
 * `opin-support-server`: runs the server until SIGTERM or SIGINT, or runs a keys command.
 * Exit codes: 0 done (or stopped cleanly), 1 failed, 2 unusable command line.
 */
import { CliUsageError, parseCliArgs, type CliCommand } from './cli/args.js';
import { runKeysCommand } from './cli/keys-command.js';
import { usage } from './cli/usage.js';
import { createFdLogger } from './log/logger.js';
import { startSupportServer } from './server.js';

async function main(): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`opin-support-server: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (command.kind !== 'serve') return runKeysCommand(command);

  const log = createFdLogger(command.logLevel, 1);
  const server = await startSupportServer({ ...command, logger: log });
  // A signal during a slow first start still closes the database cleanly.
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log.info({ signal }, 'signal received');
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    await Promise.race([server.ready, stopped]);
  } catch (error) {
    log.fatal(
      { err: { message: error instanceof Error ? error.message : String(error) } },
      'could not start',
    );
    await server.close();
    return 1;
  }
  await stopped;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `opin-support-server: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
