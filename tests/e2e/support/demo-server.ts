/**
 * Runs the demo server (`tsx examples/serve/demo.ts`) as a child process on free ports, reads the
 * addresses it prints, and stops its whole process group.
 * @internal
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where the running demo answers. */
export interface RunningDemo {
  /** The static server, e.g. `http://127.0.0.1:43127` (no trailing slash). */
  webBase: string;
  /** The mock API base, e.g. `http://127.0.0.1:46101/api/v1`. */
  apiBase: string;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const startTimeoutMs = 30_000;

/** Starts the demo with `--port 0 --api-port 0` and waits until both servers answer. */
export async function startDemo(): Promise<RunningDemo> {
  const child = spawn(tsx, ['examples/serve/demo.ts', '--port', '0', '--api-port', '0'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopGroup(child);
  try {
    const printed = await readAddresses(child);
    await Promise.all([answers(`${printed.webBase}/`), answers(`${printed.apiBase}/desks`)]);
    return { ...printed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits for the `Examples:` and `API base:` lines of the demo's banner. */
function readAddresses(child: ChildProcess): Promise<{ webBase: string; apiBase: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail('did not print its addresses in time'), startTimeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      reject(new Error(`The demo server ${why}.\nstdout:\n${out}\nstderr:\n${err}`));
    }
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const web = /Examples:\s+(http\S+?)\/?\s*$/m.exec(out)?.[1];
      const api = /API base:\s+(http\S+?)\/?\s*$/m.exec(out)?.[1];
      if (web === undefined || api === undefined) return;
      clearTimeout(timer);
      resolve({ webBase: web, apiBase: api });
    });
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code) => fail(`exited early with code ${String(code)}`));
  });
}

/** Resolves once `url` answers with 2xx. */
async function answers(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}.`);
  await response.body?.cancel();
}

/** SIGTERM to the whole group (tsx and the node process it starts), SIGKILL if it lingers. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
