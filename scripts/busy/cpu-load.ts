/**
 * A bounded CPU load: a fixed number of worker threads, each spinning until told to stop. The
 * workers share one flag, so stopping them is one write; none outlives `stop()`.
 * @internal
 */
import { Worker } from 'node:worker_threads';

/** Spins until the shared flag turns non-zero. Plain JavaScript: it runs as a worker's `eval`. */
const spin = `
const { workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData);
let x = 0;
while (Atomics.load(flag, 0) === 0) {
  for (let i = 0; i < 1e5; i++) x = (x * 31 + i) % 1000003;
}
`;

export interface CpuLoad {
  /** How many threads spin. */
  readonly loops: number;
  /** Stops every loop and waits until each thread has exited. */
  stop(): Promise<void>;
}

/** Starts `loops` spinning threads. */
export function startCpuLoad(loops: number): CpuLoad {
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const workers = Array.from(
    { length: loops },
    () => new Worker(spin, { eval: true, workerData: shared }),
  );
  const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
  return {
    loops,
    async stop() {
      Atomics.store(flag, 0, 1);
      await Promise.all(exited);
    },
  };
}
