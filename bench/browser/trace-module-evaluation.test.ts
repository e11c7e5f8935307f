import { describe, expect, it } from 'vitest';
import { moduleEvaluationCpuMs } from './trace-module-evaluation.js';

/** A complete (`X`) event on thread 1:1, times in µs. */
const event = (name: string, ts: number, dur: number, tdur?: number, tid = 1) => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});

describe('moduleEvaluationCpuMs', () => {
  it('sums the thread time of module evaluations, in ms', () => {
    const events = [
      event('v8.evaluateModule', 100, 900, 600),
      event('v8.evaluateModule', 2000, 500, 400),
    ];
    expect(moduleEvaluationCpuMs(events)).toBe(1);
  });

  it('counts a module evaluated inside another one once (the outer one)', () => {
    const events = [
      event('v8.evaluateModule', 100, 1000, 800),
      event('v8.evaluateModule', 300, 200, 150),
    ];
    expect(moduleEvaluationCpuMs(events)).toBe(0.8);
  });

  it('keeps threads apart and ignores other events', () => {
    const events = [
      event('v8.evaluateModule', 100, 1000, 800),
      event('v8.evaluateModule', 300, 200, 150, 2),
      event('v8.compileModule', 50, 10_000, 9_000),
      { ...event('v8.evaluateModule', 5_000, 0, 0), ph: 'B' },
    ];
    expect(moduleEvaluationCpuMs(events)).toBe(0.95);
  });

  it('gives 0 for a page without modules', () => {
    expect(moduleEvaluationCpuMs([event('FunctionCall', 0, 500, 400)])).toBe(0);
  });

  it('refuses a trace without thread time rather than report 0', () => {
    expect(() => moduleEvaluationCpuMs([event('v8.evaluateModule', 0, 500)])).toThrow(/tdur/);
  });
});
