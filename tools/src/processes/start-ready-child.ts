/**
 * Starts a long-running child process in a process group of its own and waits for its ready line
 * (`ready-line.ts`) — an event, not a guess about how long starting takes. Fails as soon as the
 * child exits before it is ready; the ceiling only ends a child that hangs. Stopping ends the
 * whole group (`stop-process-group.ts`), also when the parent exits without stopping it.
 * @internal
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { OutputTail } from './output-tail.js';
import { parseReadyLine } from './ready-line.js';
import { isRunning, signalGroup, stopProcessGroup } from './stop-process-group.js';

/** What to start and how to read its ready payload. */
export interface ReadyChildOptions<T> {
  /** What the child is, for error messages, e.g. `the demo`. */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  /** Gives the ready payload its type; throws when the payload does not fit. */
  readReady(payload: unknown): T;
  /**
   * Ceiling for the ready line, in milliseconds: reached only by a child that hangs.
   * @default 120_000
   */
  readyCeilingMs?: number;
}

/** A child that reported ready. */
export interface ReadyChild<T> {
  /** Its ready payload. */
  readonly ready: T;
  /** Its process id (e.g. to read its memory from `/proc`). */
  readonly pid: number;
  /** The last of what it printed (standard output and error, interleaved as they came). */
  readonly output: () => string;
  /** Stops its process group and waits for it to exit. */
  readonly stop: () => Promise<void>;
}

const defaultReadyCeilingMs = 120_000;

/** Starts `options.command` and resolves once it printed its ready line. */
export async function startReadyChild<T>(options: ReadyChildOptions<T>): Promise<ReadyChild<T>> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = new OutputTail();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => tail.add(chunk));
  // Read to the end even after the ready line, so that the child never blocks on a full pipe.
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  // A parent that ends without stop() must not leave the group holding its ports.
  const endWithParent = () => {
    if (child.pid !== undefined && isRunning(child)) signalGroup(child.pid, 'SIGTERM');
  };
  process.once('exit', endWithParent);
  const stop = async () => {
    process.off('exit', endWithParent);
    await stopProcessGroup(child);
  };

  try {
    const ready = await new Promise<T>((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(ceiling);
        reject(new Error(`${options.name} ${why}.\nIts output:\n${tail.toString()}`));
      };
      const ceilingMs = options.readyCeilingMs ?? defaultReadyCeilingMs;
      const ceiling = setTimeout(
        () => fail(`did not report ready within ${ceilingMs / 1000} s`),
        ceilingMs,
      );
      lines.on('line', (line) => {
        tail.add(`${line}\n`);
        const parsed = parseReadyLine(line);
        if (parsed === undefined) return;
        try {
          const ready = options.readReady(parsed.payload);
          clearTimeout(ceiling);
          resolve(ready);
        } catch (error) {
          fail(`reported ready with an unexpected payload (${String(error)})`);
        }
      });
      child.once('error', (error) => fail(`could not start (${error.message})`));
      child.once('exit', (code, signal) => {
        fail(`exited (${String(code ?? signal)}) before it was ready`);
      });
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`${options.name} has no process id.`);
    return { ready, pid, output: () => tail.toString(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
