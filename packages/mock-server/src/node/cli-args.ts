/**
 * Command-line flags of `opin-support-mock-server`.
 * @internal
 */
import { parseArgs } from 'node:util';
import { requireOrigins } from '@opin/support-http';
import type { MockServerOptions } from './server.js';

/** Usage text printed by `--help` and after a flag error. */
export const usage = `Usage: opin-support-mock-server [options]

Runs the Opin.fi support API mock (with seed data) as an HTTP server.

Options:
  --port N                        TCP port (default 4010; 0 picks a free port)
  --host HOST                     interface to listen on (default 127.0.0.1)
  --rate-limit N                  ticket creations per client per minute (default 60; 0 = off)
  --global-rate-limit N           ticket creations per minute from all clients together
                                  (default 1200, or off with --rate-limit 0; 0 = off)
  --trusted-proxy CIDR            a proxy in front whose X-Forwarded-For is believed
                                  (repeat, or separate with commas; default none)
  --control-origin ORIGIN         a browser origin besides loopback ones that may use /_mock/*
                                  (repeat, or separate with commas; default none)
  --confirmation-mails N          confirmation e-mails per learner mailbox per hour
                                  (default 5; 0 = off)
  --ack-window-minutes N          minutes a desk has to accept a hand-off (default 240)
  --headers-timeout-ms N          time to send a request's headers, then 408 (default 10000)
  --request-timeout-ms N          time to send a whole request, then 408 (default 30000)
  --keep-alive-timeout-ms N       idle keep-alive connections close after it (default 5000)
  --max-connections N             open connections in all (default 1024; 0 = no cap)
  --max-connections-per-client N  open connections per client (default 128; 0 = no cap)
  --max-streams-per-ticket N      event streams open at once on one ticket (default 10; 0 = off)
  --max-streams-per-desk N        desk event streams open at once for one desk (default 5; 0 = off)
  --max-streams-per-client N      event streams open at once from one client (default 100; 0 = off)
  --max-stream-backlog-bytes N    unread bytes before a slow event stream is dropped
                                  (default 1048576; 0 = off)
  --max-messages-per-ticket N     messages, and internal notes, one ticket may hold
                                  (default 200 each; 0 = off)
  --max-reopens-per-ticket N      times a learner may reopen one ticket (default 20; 0 = off)
  --learner-writes N              learner messages and reopens per ticket per minute
                                  (default 20; 0 = off)
  --help                          show this help`;

/** What the command line asks for. */
export type CliCommand = { kind: 'help' } | { kind: 'serve'; options: MockServerOptions };

/** A flag the CLI cannot use; the message says which and why. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

function wholeNumber(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new CliUsageError(`${flag} needs a whole number from 0 to ${max}, not "${value}".`);
  }
  return Number(value);
}

/** Flags that take a whole number: the option each sets and its largest value. */
const numberFlags = {
  'rate-limit': ['rateLimitPerMinute', 1_000_000],
  'global-rate-limit': ['globalRateLimitPerMinute', 1_000_000],
  'confirmation-mails': ['confirmationMailsPerHour', 1_000_000],
  'ack-window-minutes': ['ackWindowMinutes', 5_256_000],
  'headers-timeout-ms': ['headersTimeoutMs', 3_600_000],
  'request-timeout-ms': ['requestTimeoutMs', 3_600_000],
  'keep-alive-timeout-ms': ['keepAliveTimeoutMs', 3_600_000],
  'max-connections': ['maxConnections', 1_000_000],
  'max-connections-per-client': ['maxConnectionsPerClient', 1_000_000],
  'max-streams-per-ticket': ['maxStreamsPerTicket', 1_000_000],
  'max-streams-per-desk': ['maxStreamsPerDesk', 1_000_000],
  'max-streams-per-client': ['maxStreamsPerClient', 1_000_000],
  'max-stream-backlog-bytes': ['maxStreamBacklogBytes', 1_073_741_824],
  'max-messages-per-ticket': ['maxMessagesPerTicket', 1_000_000],
  'max-reopens-per-ticket': ['maxReopensPerTicket', 1_000_000],
  'learner-writes': ['learnerWritesPerMinute', 1_000_000],
} as const satisfies Record<string, readonly [keyof MockServerOptions, number]>;

type NumberFlag = keyof typeof numberFlags;

/** Reads the flags; throws `CliUsageError` for unknown or invalid ones. */
export function parseCliArgs(args: readonly string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      // `pnpm start -- --port 1` passes the `--` through; skip it.
      args: args[0] === '--' ? args.slice(1) : [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'trusted-proxy': { type: 'string', multiple: true },
        'control-origin': { type: 'string', multiple: true },
        help: { type: 'boolean' },
        ...Object.fromEntries(
          Object.keys(numberFlags).map((flag) => [flag, { type: 'string' as const }]),
        ),
      },
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };
  if (values.host?.trim() === '') throw new CliUsageError('--host needs a host name or address.');
  const options: MockServerOptions = {
    port: wholeNumber('--port', values.port, 65_535) ?? 4010,
    host: values.host ?? '127.0.0.1',
  };
  for (const [flag, [option, max]] of Object.entries(numberFlags)) {
    const text = (values as Partial<Record<NumberFlag, string>>)[flag as NumberFlag];
    const value = wholeNumber(`--${flag}`, text, max);
    if (value !== undefined) options[option] = value;
  }
  const proxies = listFlag(values['trusted-proxy']);
  if (proxies.length > 0) options.trustedProxies = proxies;
  const controlOrigins = listFlag(values['control-origin']);
  try {
    requireOrigins(controlOrigins);
  } catch (error) {
    throw new CliUsageError(`--control-origin: ${(error as Error).message}`);
  }
  if (controlOrigins.length > 0) options.mockControlOrigins = controlOrigins;
  return { kind: 'serve', options };
}

/** A repeatable flag's values, each also split at commas. */
function listFlag(entries: readonly string[] | undefined): string[] {
  return (entries ?? []).flatMap((entry) =>
    entry
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}
