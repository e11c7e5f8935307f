/**
 * Child processes of the consumer test: commands that must finish within a generous ceiling, and a
 * server that runs until stopped. Every child is tracked, so that {@link stopAllChildren} ends the
 * ones still running whatever went wrong. Children get the environment without pnpm's `npm_*`
 * variables, as in a stranger's shell.
 * @internal
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const running = new Set<ChildProcess>();

/** Where and how long a command may run. */
export interface RunOptions {
  cwd: string;
  /** Ceiling in milliseconds; the command is killed and the run fails past it. */
  ceilingMs: number;
}

/** What a finished command printed. */
export interface RunOutput {
  stdout: string;
  stderr: string;
}

/** Runs `command args…` to its end; rejects with its output when it fails or passes the ceiling. */
export async function run(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunOutput> {
  const child = start(command, args, options.cwd);
  const output = collect(child);
  const deadline = { passed: false };
  const ceiling = setTimeout(() => {
    deadline.passed = true;
    stop(child);
  }, options.ceilingMs);
  try {
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    if (deadline.passed) {
      throw failure(command, args, `was still running after ${options.ceilingMs / 1000} s`, output);
    }
    if (code !== 0) {
      throw failure(command, args, `exited with ${code ?? signal ?? '?'}`, output);
    }
    return { stdout: output.stdout, stderr: output.stderr };
  } finally {
    clearTimeout(ceiling);
  }
}

/** A server started by {@link startServer}. */
export interface RunningChild {
  /** The first match of the ready pattern in its standard output. */
  ready: RegExpExecArray;
  /** What it printed so far. */
  output(): string;
  /** Stops it (SIGTERM, then SIGKILL) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a long-running `command` and waits until its standard output matches `ready`. */
export async function startServer(
  command: string,
  args: readonly string[],
  options: RunOptions & { ready: RegExp },
): Promise<RunningChild> {
  const child = start(command, args, options.cwd);
  const output = collect(child);
  const closed = once(child, 'close').catch(() => undefined);
  try {
    const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
      const ceiling = setTimeout(() => {
        reject(
          failure(command, args, `did not get ready in ${options.ceilingMs / 1000} s`, output),
        );
      }, options.ceilingMs);
      const look = () => {
        const match = options.ready.exec(output.stdout);
        if (match) {
          clearTimeout(ceiling);
          resolve(match);
        }
      };
      child.stdout?.on('data', look);
      child.once('error', reject);
      child.once('close', (code: number | null) => {
        clearTimeout(ceiling);
        reject(failure(command, args, `exited with ${code ?? '?'} before it was ready`, output));
      });
    });
    return {
      ready,
      output: () => output.stdout + output.stderr,
      stop: async () => {
        stop(child);
        await closed;
      },
    };
  } catch (error) {
    stop(child);
    await closed;
    throw error;
  }
}

/** Ends every child that is still running (for cleanup after a failure). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const closed = once(child, 'close').catch(() => undefined);
      stop(child);
      await closed;
    }),
  );
}

function start(command: string, args: readonly string[], cwd: string): ChildProcess {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  );
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('close', () => running.delete(child));
  return child;
}

interface Collected {
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Collected {
  const collected: Collected = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (collected.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (collected.stderr += chunk));
  return collected;
}

/** SIGTERM now, SIGKILL if it is still there 5 s later. */
function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
  child.once('close', () => clearTimeout(kill));
}

function failure(command: string, args: readonly string[], what: string, output: Collected): Error {
  const printed = [output.stdout, output.stderr]
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n');
  const tail = printed.split('\n').slice(-40).join('\n');
  return new Error(
    `\`${[command, ...args].join(' ')}\` ${what}${tail ? `; its last output:\n${tail}` : ''}`,
  );
}
