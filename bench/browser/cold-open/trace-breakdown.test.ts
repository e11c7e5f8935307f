import { describe, expect, it } from 'vitest';
import { cpuBreakdown, moduleName, type CpuProfile } from './cpu-profile-breakdown.js';
import { SourcePositions } from './source-positions.js';
import {
  activityOf,
  mainThreadBreakdown,
  taskTimeline,
  type TraceEvent,
} from './trace-breakdown.js';

const thread = { pid: 1, tid: 2 };
const event = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}) =>
  ({ name, ph: 'X', ts, dur, ...thread, ...extra }) satisfies TraceEvent;

describe('mainThreadBreakdown', () => {
  it('counts each event’s self time, cut to the span, and the rest as idle', () => {
    const events: TraceEvent[] = [
      event('RunTask', 0, 10_000, { tdur: 5_000 }),
      event('v8.evaluateModule', 1_000, 6_000, {
        tdur: 3_000,
        args: { data: { url: 'http://x/widget/chunks/panel-Ngbw454X.js' } },
      }),
      event('Layout', 2_000, 2_000, { tdur: 1_000 }),
      // Another thread's event counts for nothing.
      event('Layout', 0, 50_000, { tid: 3 }),
      event('UpdateLayoutTree', 15_000, 10_000),
    ];
    const { wall, thread: cpu } = mainThreadBreakdown(events, { ...thread, start: 0, end: 20_000 });
    expect(Object.fromEntries(wall)).toEqual({
      layout: 2,
      'evaluate panel.js': 4,
      'other: RunTask': 4,
      // Half of the style recalc lies in the span.
      'style recalc': 5,
      'idle (waiting: network, frames)': 5,
    });
    expect(cpu.get('evaluate panel.js')).toBe(2);
    expect(cpu.get('other: RunTask')).toBe(2);
    expect(cpu.get('style recalc')).toBe(5);
  });

  it('lists the top-level tasks with their own breakdowns', () => {
    const events = [
      event('RunTask', 1_000, 3_000),
      event('Layout', 1_500, 1_000),
      event('RunTask', 5_000, 500),
    ];
    const tasks = taskTimeline(events, { ...thread, start: 0, end: 10_000 }, 1);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.atMs).toBe(1);
    expect(tasks[0]?.breakdown.wall.get('layout')).toBe(1);
  });
});

describe('activityOf', () => {
  it('names compiled and evaluated files without their hash', () => {
    const compile = event('v8.compileModule', 0, 1, {
      args: { fileName: 'http://x/widget/chunks/fi-CxjyWVwK.js' },
    });
    expect(activityOf(compile)).toBe('compile fi.js');
    expect(activityOf(event('MinorGC', 0, 1))).toBe('garbage collection');
  });
});

describe('cpuBreakdown', () => {
  // One built line: `ab`, from src/a.ts line 1 (columns 0–1) and node_modules/lit-html line 5.
  const map = new SourcePositions({
    sources: [
      '../src/a.ts',
      '../node_modules/.pnpm/lit-html@3.3.1/node_modules/lit-html/lit-html.js',
    ],
    mappings: ';AAAA,CCIA',
  });
  const url = 'http://x/widget/chunks/panel-Ngbw454X.js';
  const profile: CpuProfile = {
    startTime: 0,
    nodes: [
      {
        id: 1,
        callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 },
        children: [2, 4],
      },
      {
        id: 2,
        callFrame: { functionName: '', url, lineNumber: 0, columnNumber: 0 },
        children: [3],
      },
      { id: 3, callFrame: { functionName: 'f', url, lineNumber: 1, columnNumber: 1 } },
      { id: 4, callFrame: { functionName: 'g', url, lineNumber: 1, columnNumber: 0 } },
    ],
    samples: [3, 4, 4],
    timeDeltas: [0, 1_000, 2_000],
  };

  it('splits samples by module, function and phase', () => {
    const { byModule, byFunction, byPhase, ownInclusive } = cpuBreakdown(
      profile,
      0,
      10_000,
      new Map([['panel.js', map]]),
    );
    expect(Object.fromEntries(byModule)).toEqual({ 'lit-html': 1, 'src/a.ts': 2 });
    expect(byFunction.get('f lit-html:5')).toBe(1);
    // Own code only: the package's function and the module frame with no source count for none.
    expect(Object.fromEntries(ownInclusive)).toEqual({ 'g src/a.ts:1': 2 });
    expect(Object.fromEntries(byPhase)).toEqual({
      'evaluating panel.js': 1,
      'after evaluation (script)': 2,
    });
  });

  it('names packages and the SDK’s sources shortly', () => {
    expect(moduleName('../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js')).toBe(
      'zod/core/util.js',
    );
    expect(moduleName('../../../sdk/src/learner-client.ts')).toBe('sdk/src/learner-client.ts');
  });
});
