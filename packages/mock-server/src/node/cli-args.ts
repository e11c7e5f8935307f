/**
 * Command-line flags of `opin-support-mock-server`.
 * @internal
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MockServerOptions } from './server.js';

/** Usage text printed by `--help` and after a flag error. */
export const usage = `Usage: opin-support-mock-server [options]

Runs the Opin.fi support API mock (with seed data) as an HTTP server.

Options:
  --port N                     TCP port (default 4010; 0 picks a free port)
  --host HOST                  interface to listen on (default 127.0.0.1)
  --rate-limit N               ticket creations per client address per minute (default 60; 0 = off)
  --ack-window-minutes N       minutes a desk has to accept a hand-off (default 240)
  --max-streams-per-ticket N   event streams open at once on one ticket (default 10; 0 = off)
  --max-streams-per-client N   event streams open at once from one address (default 100; 0 = off)
  --max-stream-backlog-bytes N unread bytes before a slow event stream is dropped (default 1048576; 0 = off)
  --max-messages-per-ticket N  messages one ticket may hold (default 200; 0 = off)
  --learner-writes N           learner messages and reopens per ticket per minute (default 20; 0 = off)
  --help                       show this help`;

/** What the command line asks for. */
export type CliCommand = { kind: 'help' } | { kind: 'serve'; options: MockServerOptions };

/** A flag the CLI cannot use; the message says which and why. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The flags that set a whole-number option of the mock API, with their largest value. */
const numberFlags = [
  ['rate-limit', 'rateLimitPerMinute', 1_000_000],
  ['ack-window-minutes', 'ackWindowMinutes', 5_256_000],
  ['max-streams-per-ticket', 'maxStreamsPerTicket', 1_000_000],
  ['max-streams-per-client', 'maxStreamsPerClient', 1_000_000],
  ['max-stream-backlog-bytes', 'maxStreamBacklogBytes', 1_073_741_824],
  ['max-messages-per-ticket', 'maxMessagesPerTicket', 1_000_000],
  ['learner-writes', 'learnerWritesPerMinute', 1_000_000],
] as const;

function wholeNumber(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new CliUsageError(`${flag} needs a whole number from 0 to ${max}, not "${value}".`);
  }
  return Number(value);
}

const flags: NonNullable<ParseArgsConfig['options']> = {
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean' },
  ...Object.fromEntries(numberFlags.map(([flag]) => [flag, { type: 'string' } as const])),
};

function readFlags(args: readonly string[]) {
  try {
    return parseArgs({
      // `pnpm start -- --port 1` passes the `--` through; skip it.
      args: args[0] === '--' ? args.slice(1) : [...args],
      strict: true,
      allowPositionals: false,
      options: flags,
    }).values;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the flags; throws `CliUsageError` for unknown or invalid ones. */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const values = readFlags(args);
  if (values.help === true) return { kind: 'help' };
  const host = values.host;
  if (typeof host === 'string' && host.trim() === '') {
    throw new CliUsageError('--host needs a host name or address.');
  }
  const port = typeof values.port === 'string' ? values.port : undefined;
  const options: MockServerOptions = {
    port: wholeNumber('--port', port, 65_535) ?? 4010,
    host: typeof host === 'string' ? host : '127.0.0.1',
  };
  for (const [flag, option, max] of numberFlags) {
    const raw = values[flag];
    const value = wholeNumber(`--${flag}`, typeof raw === 'string' ? raw : undefined, max);
    if (value !== undefined) options[option] = value;
  }
  return { kind: 'serve', options };
}
