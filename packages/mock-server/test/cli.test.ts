import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/node/cli-args.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs the CLI from source; resolves with its exit code and output. */
function runCli(args: string[], onStdout?: (text: string, stop: () => void) => void) {
  const child = spawn(
    process.execPath,
    ['--conditions=@opin/source', '--import', 'tsx', 'src/node/cli.ts', ...args],
    {
      cwd: packageDir,
    },
  );
  let stdout = '';
  let stderr = '';
  let stopped = false;
  const stop = () => {
    if (!stopped) child.kill('SIGTERM');
    stopped = true;
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, stop);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the command line', () => {
  it('reads the documented flags with their defaults', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'serve', options: { port: 4010, host: '127.0.0.1' } });
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--rate-limit',
        '0',
        '--ack-window-minutes',
        '5',
      ]),
    ).toEqual({
      kind: 'serve',
      options: { port: 0, host: '0.0.0.0', rateLimitPerMinute: 0, ackWindowMinutes: 5 },
    });
    expect(
      parseCliArgs([
        '--global-rate-limit',
        '300',
        '--trusted-proxy',
        '10.0.0.0/8, ::1',
        '--trusted-proxy',
        '192.0.2.1',
        '--headers-timeout-ms',
        '2000',
        '--request-timeout-ms',
        '4000',
        '--keep-alive-timeout-ms',
        '1000',
        '--max-connections',
        '50',
        '--max-connections-per-client',
        '5',
      ]),
    ).toEqual({
      kind: 'serve',
      options: {
        port: 4010,
        host: '127.0.0.1',
        globalRateLimitPerMinute: 300,
        trustedProxies: ['10.0.0.0/8', '::1', '192.0.2.1'],
        headersTimeoutMs: 2000,
        requestTimeoutMs: 4000,
        keepAliveTimeoutMs: 1000,
        maxConnections: 50,
        maxConnectionsPerClient: 5,
      },
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--', '--help'])).toEqual({ kind: 'help' });
  });

  it('reads the origins that may use /_mock/*, and refuses one that is not an origin', () => {
    expect(
      parseCliArgs([
        '--control-origin',
        'http://192.0.2.10:5173, https://desk.example',
        '--control-origin',
        'https://other.example:8443',
      ]),
    ).toEqual({
      kind: 'serve',
      options: {
        port: 4010,
        host: '127.0.0.1',
        mockControlOrigins: [
          'http://192.0.2.10:5173',
          'https://desk.example',
          'https://other.example:8443',
        ],
      },
    });
    expect(() => parseCliArgs(['--control-origin', 'desk.example'])).toThrow(CliUsageError);
  });

  it('reads the abuse limits', () => {
    expect(
      parseCliArgs(['--max-streams-per-ticket', '3', '--max-streams-per-client', '0']),
    ).toEqual({
      kind: 'serve',
      options: { port: 4010, host: '127.0.0.1', maxStreamsPerTicket: 3, maxStreamsPerClient: 0 },
    });
    expect(
      parseCliArgs(['--max-stream-backlog-bytes', '65536', '--max-messages-per-ticket', '50']),
    ).toEqual({
      kind: 'serve',
      options: {
        port: 4010,
        host: '127.0.0.1',
        maxStreamBacklogBytes: 65_536,
        maxMessagesPerTicket: 50,
      },
    });
    expect(parseCliArgs(['--learner-writes', '0'])).toEqual({
      kind: 'serve',
      options: { port: 4010, host: '127.0.0.1', learnerWritesPerMinute: 0 },
    });
    expect(parseCliArgs(['--max-reopens-per-ticket', '5'])).toEqual({
      kind: 'serve',
      options: { port: 4010, host: '127.0.0.1', maxReopensPerTicket: 5 },
    });
    expect(() => parseCliArgs(['--max-streams-per-ticket', 'many'])).toThrow(
      /--max-streams-per-ticket needs a whole number/,
    );
  });

  it('refuses unknown and invalid flags with a clear message', () => {
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port needs a whole number/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--rate-limit', '-1'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--verbose'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--max-connections', 'many'])).toThrow(/--max-connections needs/);
    expect(() => parseCliArgs(['extra'])).toThrow(CliUsageError);
  });

  it('exits with code 2 on an invalid flag', async () => {
    const result = await runCli(['--port', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port needs a whole number');
    expect(result.stderr).toContain('Usage:');
  });

  it('prints the address and every desk key, and stops cleanly on SIGTERM', async () => {
    const result = await runCli(['--port', '0'], (text, stop) => {
      if (text.includes('Press Ctrl+C')) stop();
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/running at http:\/\/127\.0\.0\.1:\d+/);
    expect(result.stdout).toMatch(/API base: http:\/\/127\.0\.0\.1:\d+\/api\/v1/);
    expect(result.stdout).toMatch(/tampere\s+Tampere University\s+email\s+dev-tampere/);
    expect(result.stdout).toContain('Mock server stopped.');
  });
});
