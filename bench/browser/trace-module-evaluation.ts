/**
 * Main-thread CPU time of module evaluation, from a Chromium trace: the thread time (`tdur`) of
 * each outermost `v8.evaluateModule` event — a module's top-level code with everything it runs
 * synchronously (a custom element's definition and upgrade, its callbacks, functions compiled
 * on their first call). Thread time leaves out the time the thread waits while other processes
 * run, so its medians move less than `ScriptDuration`'s; it does not count work a module
 * schedules for later (microtasks, timers).
 * @internal
 */
import type { CDPSession } from 'playwright-core';

/** The fields of a trace event this file reads. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** `v8.evaluateModule` is in `v8,devtools.timeline`; `v8` alone adds the least to the load. */
const categories = ['v8'];

/** Runs `load` while tracing; returns its result and the module evaluation CPU in ms. */
export async function traceModuleEvaluation<T>(
  cdp: CDPSession,
  load: () => Promise<T>,
): Promise<{ result: T; moduleCpuMs: number }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  try {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
      transferMode: 'ReportEvents',
    });
    const result = await load();
    await cdp.send('Tracing.end');
    await complete;
    return { result, moduleCpuMs: moduleEvaluationCpuMs(events) };
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
}

/** Sums the thread time of outermost `v8.evaluateModule` events, per thread, in ms. */
export function moduleEvaluationCpuMs(events: readonly TraceEvent[]): number {
  const evaluations = events
    .filter((e) => e.name === 'v8.evaluateModule' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  const busyUntil = new Map<string, number>();
  for (const event of evaluations) {
    if (event.tdur === undefined) throw new Error('trace event without thread time (tdur)');
    const thread = `${event.pid}:${event.tid}`;
    if (event.ts < (busyUntil.get(thread) ?? -Infinity)) continue;
    total += event.tdur;
    busyUntil.set(thread, event.ts + (event.dur ?? 0));
  }
  return total / 1000;
}
