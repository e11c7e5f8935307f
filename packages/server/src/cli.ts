#!/usr/bin/env node
/**
 * `opin-support-server`: runs the server until SIGTERM or SIGINT, or runs a keys command.
 * Exit codes: 0 done (or stopped cleanly), 1 failed, 2 unusable command line.
 */
import { CliUsageError, parseCliArgs, type CliCommand } from './cli/args.js';
import { runKeysCommand } from './cli/keys-command.js';
import { usage } from './cli/usage.js';
import { ConfigError } from './config/config-error.js';
import { loadServerConfig, type ServerConfig } from './config/server-config.js';
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

  // The config is read and checked before anything starts: a broken one starts nothing.
  let config: ServerConfig;
  try {
    config = await loadServerConfig(command.config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`opin-support-server: ${error.message}\n`);
    return 1;
  }
  const log = createFdLogger(command.logLevel, 1);
  // Listen for signals before anything starts, so that one during a slow first start still
  // closes the database cleanly.
  const signalled = firstSignal();
  const server = await startSupportServer({
    port: command.port,
    host: command.host,
    database: command.database,
    ...config,
    api: command.api,
    ...(command.smtpUrl ? { mail: { smtpUrl: command.smtpUrl.href } } : {}),
    ...(command.inboundSmtpPort === undefined
      ? {}
      : { inboundMail: { port: command.inboundSmtpPort } }),
    ...(command.deskEventRetentionDays === undefined
      ? {}
      : { deskEventRetentionDays: command.deskEventRetentionDays }),
    logger: log,
  });
  try {
    await Promise.race([server.ready, signalled]);
  } catch (error) {
    log.fatal(
      { err: { message: error instanceof Error ? error.message : 'unknown error' } },
      'could not start',
    );
    await server.close();
    return 1;
  }
  log.info({ signal: await signalled }, 'signal received');
  await server.close();
  return 0;
}

/** The first SIGTERM or SIGINT; later ones get Node's default (ending the process at once). */
function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
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
