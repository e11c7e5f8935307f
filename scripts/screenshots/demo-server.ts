/**
 * Runs `pnpm demo`'s server (`examples/serve/demo.ts`) as a child process on free ports and reads
 * the addresses it prints.
 * @internal
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A running demo: the examples' static server and the mock API. */
export interface RunningDemo {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash) */
  webUrl: string;
  /** e.g. `http://127.0.0.1:40124/api/v1` */
  apiBase: string;
  /** Stops both servers (SIGTERM to the child, which closes them). */
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const startTimeoutMs = 30_000;

/** Starts the demo with `--port 0 --api-port 0` (any free ports) and waits until it listens. */
export async function startDemo(): Promise<RunningDemo> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'examples/serve/demo.ts', '--port', '0', '--api-port', '0'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const ready = new Promise<{ webUrl: string; apiBase: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The demo did not start within ${startTimeoutMs} ms.\n${errors}`));
    }, startTimeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (!output.includes('Press Ctrl+C')) return;
      clearTimeout(timer);
      const webUrl = /Examples:\s+(\S+?)\/?\n/.exec(output)?.[1];
      const apiBase = /API base:\s+(\S+)\n/.exec(output)?.[1];
      if (webUrl === undefined || apiBase === undefined) {
        reject(new Error(`Unexpected demo output:\n${output}`));
      } else {
        resolve({ webUrl, apiBase });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo exited (${String(code)}) before it listened.\n${errors}`));
    });
  });

  try {
    return { ...(await ready), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
