/**
 * Runs the examples server (examples/serve) as a child process on free ports and waits for its
 * ready line: `pnpm demo`'s server on the built examples (the end-to-end tests, the screenshots),
 * or `pnpm dev`'s on their sources.
 * @internal
 */
import { readyFlag } from '../processes/ready-line.js';
import { startReadyChild } from '../processes/start-ready-child.js';
import { repoRoot } from '../repo-root.js';
import { readDemoReady, type DemoReady } from './demo-ready.js';

export type { DemoReady } from './demo-ready.js';

/** A running examples server. */
export interface RunningDemo extends DemoReady {
  /** Stops it (and both its servers) and waits for the process to exit. */
  readonly stop: () => Promise<void>;
}

/** Which server: the built examples (vite's preview server) or their sources (vite's dev server). */
export type DemoMode = 'built' | 'dev';

const entries: Readonly<Record<DemoMode, string>> = {
  built: 'examples/serve/demo.ts',
  dev: 'examples/serve/dev.ts',
};

/** How to start it. */
export interface StartDemoOptions {
  /**
   * Where the built demo's API keeps its data (`--data-dir`): a directory a test made, to
   * restart on it, or by default `memory://`, so that no test leaves data behind.
   */
  dataDir?: string;
}

/**
 * Starts the examples server with `--port 0 --api-port 0` (and for the built demo `--mail-port 0
 * --hooks-port 0`)
 * and resolves once it serves.
 */
export async function startDemo(
  mode: DemoMode = 'built',
  options: StartDemoOptions = {},
): Promise<RunningDemo> {
  const args = ['--import', 'tsx', entries[mode], readyFlag, '--port', '0', '--api-port', '0'];
  if (mode === 'built') {
    args.push('--mail-port', '0', '--hooks-port', '0');
    args.push('--data-dir', options.dataDir ?? 'memory://');
  }
  const child = await startReadyChild({
    name: `the examples server (${entries[mode]})`,
    command: process.execPath,
    // The dev server runs the packages from source, as `pnpm dev` does.
    args: mode === 'dev' ? ['--conditions=@opin/source', ...args] : args,
    cwd: repoRoot,
    readReady: readDemoReady,
  });
  return { ...child.ready, stop: child.stop };
}
