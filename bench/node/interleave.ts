/**
 * Timing two ways of doing the same call against each other, alternately, so that drift on a
 * shared, noisy machine affects both alike.
 * @internal
 */
import { performance } from 'node:perf_hooks';

/** How many calls to time. */
export interface InterleaveOptions {
  /** Untimed rounds first (JIT, connection pool, caches). */
  warmup: number;
  /** Timed calls of each. */
  iterations: number;
}

/** Per-call times in milliseconds of `a` and `b`, called alternately (ABAB…). */
export async function timeInterleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { warmup, iterations }: InterleaveOptions,
): Promise<{ a: number[]; b: number[] }> {
  for (let round = 0; round < warmup; round++) {
    await a();
    await b();
  }
  const times = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < iterations; round++) {
    times.a.push(await timeOne(a));
    times.b.push(await timeOne(b));
  }
  return times;
}

async function timeOne(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}
