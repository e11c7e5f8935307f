/**
 * The command line and its environment twins, read into what to do.
 * @internal
 */
import { parseArgs } from 'node:util';
import type { LogLevel } from '../log/logger.js';
import type { DatabaseTarget } from '../storage/target.js';

/** The environment variables the CLI reads. */
export interface CliEnvironment {
  PORT?: string | undefined;
  HOST?: string | undefined;
  OPIN_DATA_DIR?: string | undefined;
  DATABASE_URL?: string | undefined;
  LOG_LEVEL?: string | undefined;
}

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'serve'; port: number; host: string; database: DatabaseTarget; logLevel: LogLevel }
  | { kind: 'keys-create'; deskId: string; database: DatabaseTarget; logLevel: LogLevel }
  | { kind: 'keys-list'; database: DatabaseTarget; logLevel: LogLevel }
  | { kind: 'keys-revoke'; keyId: string; database: DatabaseTarget; logLevel: LogLevel };

/** A command line the CLI cannot use; the message says why. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The default embedded data directory, relative to the working directory. */
export const defaultDataDir = './.opin-data';

const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** Reads `args` (without node and the script) and `env`; throws `CliUsageError` when unusable. */
export function parseCliArgs(args: readonly string[], env: CliEnvironment): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      // `pnpm start -- --port 1` passes the `--` through; skip it.
      args: args[0] === '--' ? args.slice(1) : [...args],
      strict: true,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'log-level': { type: 'string' },
        desk: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const logLevel = readLogLevel(values['log-level'] ?? nonEmpty(env.LOG_LEVEL));
  const database = () => readDatabase(values['data-dir'], values['database-url'], env);
  const [command, subcommand, ...rest] = positionals;

  if (command === undefined) {
    if (values.desk !== undefined) throw new CliUsageError('--desk belongs to "keys create".');
    return {
      kind: 'serve',
      port: readPort(values.port ?? nonEmpty(env.PORT)),
      host: readHost(values.host ?? nonEmpty(env.HOST)),
      database: database(),
      logLevel,
    };
  }
  if (command !== 'keys') throw new CliUsageError(`Unknown command "${command}".`);
  if (values.port !== undefined || values.host !== undefined) {
    throw new CliUsageError('--port and --host belong to the server, not to "keys".');
  }
  if (subcommand === 'create') {
    if (rest.length > 0) throw new CliUsageError(`Unexpected "${rest.join(' ')}".`);
    if (values.desk === undefined) throw new CliUsageError('"keys create" needs --desk DESK.');
    return { kind: 'keys-create', deskId: values.desk, database: database(), logLevel };
  }
  if (values.desk !== undefined) throw new CliUsageError('--desk belongs to "keys create".');
  if (subcommand === 'list') {
    if (rest.length > 0) throw new CliUsageError(`Unexpected "${rest.join(' ')}".`);
    return { kind: 'keys-list', database: database(), logLevel };
  }
  if (subcommand === 'revoke') {
    const [keyId, ...more] = rest;
    if (keyId === undefined || more.length > 0) {
      throw new CliUsageError('"keys revoke" needs exactly one key id (see "keys list").');
    }
    return { kind: 'keys-revoke', keyId, database: database(), logLevel };
  }
  throw new CliUsageError('"keys" needs create, list or revoke.');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function readPort(value: string | undefined): number {
  if (value === undefined) return 4010;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new CliUsageError(`--port (PORT) needs a whole number from 0 to 65535, not "${value}".`);
  }
  return Number(value);
}

function readHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (value.trim() === '') throw new CliUsageError('--host needs a host name or address.');
  return value;
}

function readLogLevel(value: string | undefined): LogLevel {
  if (value === undefined) return 'info';
  const level = logLevels.find((candidate) => candidate === value);
  if (!level)
    throw new CliUsageError(`--log-level (LOG_LEVEL) needs one of ${logLevels.join(', ')}.`);
  return level;
}

/**
 * Flags first: `--database-url` means PostgreSQL, `--data-dir` the embedded database (not both).
 * Without either flag, the environment decides the same way; without either, the default data
 * directory.
 */
function readDatabase(
  dataDirFlag: string | undefined,
  urlFlag: string | undefined,
  env: CliEnvironment,
): DatabaseTarget {
  if (dataDirFlag !== undefined && urlFlag !== undefined) {
    throw new CliUsageError('Give --data-dir or --database-url, not both.');
  }
  const fromFlags = urlFlag !== undefined || dataDirFlag !== undefined;
  const url = fromFlags ? urlFlag : nonEmpty(env.DATABASE_URL);
  const dataDir = fromFlags ? dataDirFlag : nonEmpty(env.OPIN_DATA_DIR);
  if (url !== undefined && dataDir !== undefined) {
    throw new CliUsageError('DATABASE_URL and OPIN_DATA_DIR are both set: unset one.');
  }
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new CliUsageError(
        '--database-url (DATABASE_URL) needs a postgres:// or postgresql:// URL.',
      );
    }
    return { kind: 'postgres', url };
  }
  if (dataDir !== undefined && dataDir.trim() === '')
    throw new CliUsageError('--data-dir needs a directory.');
  return { kind: 'embedded', dataDir: dataDir ?? defaultDataDir };
}
