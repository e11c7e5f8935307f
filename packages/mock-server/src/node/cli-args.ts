/**
 * Command-line flags of `opin-support-mock-server`.
 * @internal
 */
import { parseArgs } from 'node:util';
import type { MockServerOptions } from './server.js';

/** Usage text printed by `--help` and after a flag error. */
export const usage = `Usage: opin-support-mock-server [options]

Runs the Opin.fi support API mock (with seed data) as an HTTP server.

Options:
  --port N                 TCP port (default 4010; 0 picks a free port)
  --host HOST              interface to listen on (default 127.0.0.1)
  --rate-limit N           ticket creations per client address per minute (default 60; 0 = off)
  --confirmation-mails N   confirmation e-mails per learner mailbox per hour (default 5; 0 = off)
  --ack-window-minutes N   minutes a desk has to accept a hand-off (default 240)
  --help                   show this help`;

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
        'rate-limit': { type: 'string' },
        'confirmation-mails': { type: 'string' },
        'ack-window-minutes': { type: 'string' },
        help: { type: 'boolean' },
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
  const rateLimit = wholeNumber('--rate-limit', values['rate-limit'], 1_000_000);
  if (rateLimit !== undefined) options.rateLimitPerMinute = rateLimit;
  const mails = wholeNumber('--confirmation-mails', values['confirmation-mails'], 1_000_000);
  if (mails !== undefined) options.confirmationMailsPerHour = mails;
  const ackWindow = wholeNumber('--ack-window-minutes', values['ack-window-minutes'], 5_256_000);
  if (ackWindow !== undefined) options.ackWindowMinutes = ackWindow;
  return { kind: 'serve', options };
}
