/**
 * The warm-opening figures of the host-page benchmark, per opening trial: the table, and the
 * summaries the budget table compares.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { formatMs, formatRatio } from '../report/stats.js';
import type { OpenSample } from './measure-open.js';
import { formatCount, formatSpreadMs, spread, type Spread } from './spread.js';

/** One opening trial's figures, summarized. */
export interface OpenSummary {
  runs: number;
  toFocusMs: Spread;
  toFrameMs: Spread;
  longTaskCount: Spread;
  scriptMs: Spread;
  hoverScriptMs: Spread;
}

/** Summarizes one trial's openings. */
export function summarizeOpens(samples: readonly OpenSample[]): OpenSummary {
  return {
    runs: samples.length,
    toFocusMs: spread(samples.map((s) => s.toFocusMs)),
    toFrameMs: spread(samples.map((s) => s.toFrameMs)),
    longTaskCount: spread(samples.map((s) => s.longTaskCount)),
    scriptMs: spread(samples.map((s) => s.scriptMs)),
    hoverScriptMs: spread(samples.map((s) => s.hoverScriptMs)),
  };
}

/** The opening table, by trial name; ratios are to `baseline` (the native dialog's trial name). */
export function openTable(summaries: ReadonlyMap<string, OpenSummary>, baseline: string): string {
  const native = summaries.get(baseline);
  const rows = [...summaries].map(([name, s]) => [
    name,
    String(s.runs),
    formatSpreadMs(s.toFocusMs),
    formatSpreadMs(s.toFrameMs),
    formatRatio(s.toFrameMs.median, native?.toFrameMs.median ?? 0),
    formatCount(s.longTaskCount),
    formatMs(s.scriptMs.median),
    formatMs(s.hoverScriptMs.median),
  ]);
  return markdownTable(
    [
      'opening',
      'runs',
      'to heading focus, median (min–max)',
      'to next frame, median (min–max)',
      '× native dialog (next frame, medians)',
      'long tasks, median (max)',
      'script evaluation, click → idle, median',
      'script evaluation, hover → network quiet, median',
    ],
    rows,
  );
}
