/**
 * Runs `opin-support-server` from source as a child process, reading its JSON log lines as they
 * come, so a test waits for what the server says ("listening", "ready") instead of sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The ceiling for a test that starts the command: each start loads TypeScript through tsx, and a
 * first start in a new data directory runs initdb (about 9 s on an idle 2-core machine, several
 * times that on a busy one).
 */
export const processTestCeilingMs = 180_000;

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** One JSON log line. */
export type LogLine = Record<string, unknown> & { msg?: string };

/** A running CLI process. */
export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  /** The log lines so far (stdout, parsed). */
  readonly lines: LogLine[];
  /** stdout and stderr so far, as text. */
  output(): { stdout: string; stderr: string };
  /** The first log line with this message; rejects if the process exits first. */
  waitForLog(msg: string): Promise<LogLine>;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/** Starts the CLI with `args` and the environment `env` (nothing else inherited but PATH). */
export function startCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=@opin/source', '--import', 'tsx', 'src/cli.ts', ...args],
    {
      cwd: packageDir,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  const lines: LogLine[] = [];
  const waiters: { msg: string; resolve: (line: LogLine) => void }[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const text of complete) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.msg === line.msg))
        waiter.resolve(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  return {
    child,
    lines,
    output: () => ({ stdout, stderr }),
    exited,
    waitForLog(msg) {
      const seen = lines.find((line) => line.msg === msg);
      if (seen) return Promise.resolve(seen);
      return Promise.race([
        new Promise<LogLine>((resolve) => waiters.push({ msg, resolve })),
        exited.then((code) => {
          throw new Error(
            `exited (${code ?? 'signal'}) before logging "${msg}":\n${stdout}\n${stderr}`,
          );
        }),
      ]);
    },
  };
}

/** Runs the CLI to its end; resolves with its exit code and output. */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = startCli(args, env);
  const code = await cli.exited;
  return { code, ...cli.output() };
}
