/**
 * The command line and its environment twins, read into what to do.
 * @internal
 */
import { parseArgs } from 'node:util';
import { resolveOptions, type ApiOptions } from '@opin/support-http';
import type { ConfigChoice } from '../config/server-config.js';
import type { LogLevel } from '../log/logger.js';
import { readSmtpUrl } from '../mail/smtp-url.js';
import type { DatabaseTarget } from '../storage/target.js';

/** The environment variables the CLI reads. */
export interface CliEnvironment {
  PORT?: string | undefined;
  HOST?: string | undefined;
  OPIN_DATA_DIR?: string | undefined;
  DATABASE_URL?: string | undefined;
  LOG_LEVEL?: string | undefined;
  OPIN_CONFIG_DIR?: string | undefined;
  OPIN_DEMO?: string | undefined;
  OPIN_RATE_LIMIT_PER_MINUTE?: string | undefined;
  OPIN_TRUSTED_PROXIES?: string | undefined;
  SMTP_URL?: string | undefined;
  OPIN_INBOUND_SMTP_PORT?: string | undefined;
  OPIN_DESK_EVENT_RETENTION_DAYS?: string | undefined;
}

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | {
      kind: 'serve';
      port: number;
      host: string;
      database: DatabaseTarget;
      logLevel: LogLevel;
      config: ConfigChoice;
      /** The API's options the command line sets (the rest keep their defaults). */
      api: ApiOptions;
      /** The relay the outbox is delivered to; none: nothing is sent. */
      smtpUrl: URL | undefined;
      /** The inbound SMTP listener's port; none: no listener. */
      inboundSmtpPort: number | undefined;
      /** Days desk events are kept; none: the default (14). */
      deskEventRetentionDays: number | undefined;
    }
  | {
      kind: 'keys-create';
      deskId: string;
      database: DatabaseTarget;
      logLevel: LogLevel;
      /** The config whose desks a key may name; without one, any well-formed desk id. */
      config: ConfigChoice | undefined;
    }
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
        config: { type: 'string' },
        demo: { type: 'boolean' },
        'rate-limit': { type: 'string' },
        'trusted-proxy': { type: 'string', multiple: true },
        'smtp-url': { type: 'string' },
        'inbound-smtp-port': { type: 'string' },
        'desk-event-retention-days': { type: 'string' },
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
  const config = readConfigChoice(values.config, values.demo === true, env);
  const [command, subcommand, ...rest] = positionals;

  if (command === undefined) {
    if (values.desk !== undefined) throw new CliUsageError('--desk belongs to "keys create".');
    return {
      kind: 'serve',
      port: readPort(values.port ?? nonEmpty(env.PORT)),
      host: readHost(values.host ?? nonEmpty(env.HOST)),
      database: database(),
      logLevel,
      config: requireConfigChoice(config),
      api: readApiOptions(
        values['rate-limit'] ?? nonEmpty(env.OPIN_RATE_LIMIT_PER_MINUTE),
        values['trusted-proxy'] ?? nonEmpty(env.OPIN_TRUSTED_PROXIES)?.split(','),
      ),
      smtpUrl: readSmtp(values['smtp-url'] ?? nonEmpty(env.SMTP_URL)),
      inboundSmtpPort: readInboundPort(
        values['inbound-smtp-port'] ?? nonEmpty(env.OPIN_INBOUND_SMTP_PORT),
      ),
      deskEventRetentionDays: readRetentionDays(
        values['desk-event-retention-days'] ?? nonEmpty(env.OPIN_DESK_EVENT_RETENTION_DAYS),
      ),
    };
  }
  if (
    values['rate-limit'] !== undefined ||
    values['trusted-proxy'] !== undefined ||
    values['smtp-url'] !== undefined ||
    values['inbound-smtp-port'] !== undefined ||
    values['desk-event-retention-days'] !== undefined
  ) {
    throw new CliUsageError(
      '--rate-limit, --trusted-proxy, --smtp-url, --inbound-smtp-port and --desk-event-retention-days belong to the server, not to "keys".',
    );
  }
  if (command !== 'keys') throw new CliUsageError(`Unknown command "${command}".`);
  if (values.port !== undefined || values.host !== undefined) {
    throw new CliUsageError('--port and --host belong to the server, not to "keys".');
  }
  if (subcommand === 'create') {
    if (rest.length > 0) throw new CliUsageError(`Unexpected "${rest.join(' ')}".`);
    if (values.desk === undefined) throw new CliUsageError('"keys create" needs --desk DESK.');
    return { kind: 'keys-create', deskId: values.desk, database: database(), logLevel, config };
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
  return portNumber(value, '--port (PORT)');
}

function readInboundPort(value: string | undefined): number | undefined {
  return value === undefined
    ? undefined
    : portNumber(value, '--inbound-smtp-port (OPIN_INBOUND_SMTP_PORT)');
}

/** The longest retention taken: ten years, far beyond any need, and never an overflow. */
const maxRetentionDays = 3_650;

function readRetentionDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxRetentionDays) {
    throw new CliUsageError(
      `--desk-event-retention-days (OPIN_DESK_EVENT_RETENTION_DAYS) needs a whole number of days from 1 to ${maxRetentionDays}, not "${value}".`,
    );
  }
  return Number(value);
}

function portNumber(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new CliUsageError(`${flag} needs a whole number from 0 to 65535, not "${value}".`);
  }
  return Number(value);
}

function readHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (value.trim() === '') throw new CliUsageError('--host needs a host name or address.');
  return value;
}

/** `--rate-limit` and `--trusted-proxy`, checked as the API checks its options. */
function readApiOptions(
  rateLimit: string | undefined,
  trustedProxies: readonly string[] | undefined,
): ApiOptions {
  const api: ApiOptions = {};
  if (rateLimit !== undefined) {
    if (!/^\d{1,6}$/.test(rateLimit)) {
      throw new CliUsageError(
        `--rate-limit (OPIN_RATE_LIMIT_PER_MINUTE) needs a whole number of ticket creations per client and minute (0 turns it off), not "${rateLimit}".`,
      );
    }
    api.rateLimitPerMinute = Number(rateLimit);
  }
  if (trustedProxies !== undefined) {
    api.trustedProxies = trustedProxies
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }
  try {
    resolveOptions(api);
  } catch (error) {
    throw new CliUsageError(
      `--trusted-proxy (OPIN_TRUSTED_PROXIES): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return api;
}

/** `--smtp-url` (SMTP_URL), checked (`../mail/smtp-url.ts`). */
function readSmtp(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    return readSmtpUrl(value);
  } catch (error) {
    throw new CliUsageError(
      `${error instanceof Error ? error.message : String(error)} (or SMTP_URL)`,
    );
  }
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

/**
 * `--config DIR` or `--demo`, flags first, then `OPIN_CONFIG_DIR` or `OPIN_DEMO=1`; not both.
 * `undefined` when none is given: only the keys commands go on without a config.
 */
function readConfigChoice(
  dirFlag: string | undefined,
  demoFlag: boolean,
  env: CliEnvironment,
): ConfigChoice | undefined {
  if (dirFlag !== undefined && demoFlag) {
    throw new CliUsageError('Give --config or --demo, not both.');
  }
  if (dirFlag !== undefined) {
    if (dirFlag.trim() === '') throw new CliUsageError('--config needs a directory.');
    return { kind: 'directory', dir: dirFlag };
  }
  if (demoFlag) return { kind: 'demo' };
  const dir = nonEmpty(env.OPIN_CONFIG_DIR);
  const demo = readDemoTwin(nonEmpty(env.OPIN_DEMO));
  if (dir !== undefined && demo) {
    throw new CliUsageError('OPIN_CONFIG_DIR and OPIN_DEMO are both set: unset one.');
  }
  if (dir !== undefined) return { kind: 'directory', dir };
  return demo ? { kind: 'demo' } : undefined;
}

/** `OPIN_DEMO`: `1` or `true` turns the demo on, `0` or `false` leaves it off; nothing else. */
function readDemoTwin(value: string | undefined): boolean {
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new CliUsageError(`OPIN_DEMO needs 1 or true (or 0 or false), not "${value}".`);
}

/** The server never falls back to the demo: it needs a config directory or an explicit `--demo`. */
function requireConfigChoice(choice: ConfigChoice | undefined): ConfigChoice {
  if (choice) return choice;
  throw new CliUsageError(
    'The server needs its desks, topics and articles: give --config DIR (OPIN_CONFIG_DIR), a ' +
      'directory of desks, topics and articles files in YAML or JSON (docs/operations.md), or ' +
      '--demo (OPIN_DEMO=1) for the demo config with dev-<deskId> desk keys, never for real learners.',
  );
}
