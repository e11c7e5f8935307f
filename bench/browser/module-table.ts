/**
 * The module-evaluation figures of the browser benchmark (traced loads): main-thread CPU per page,
 * the table, and the summaries the budget table compares.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { formatRatio } from '../report/stats.js';
import { formatSignedMs, formatSpreadMs, spread, type Spread } from './spread.js';
import { tracedPages } from './trials.js';

/** One traced page's module evaluation CPU, summarized. */
export interface ModuleSummary {
  loads: number;
  cpuMs: Spread;
}

/** Summarizes each traced page's samples (pages without samples are left out). */
export function summarizeModules(
  samples: ReadonlyMap<string, readonly number[]>,
): Map<string, ModuleSummary> {
  const summaries = new Map<string, ModuleSummary>();
  for (const [page, cpu] of samples) {
    if (cpu.length > 0) summaries.set(page, { loads: cpu.length, cpuMs: spread(cpu) });
  }
  return summaries;
}

/** The table: one row per traced page, with the ratio to and the difference from the lit page. */
export function moduleTable(summaries: ReadonlyMap<string, ModuleSummary>): string {
  const lit = summaries.get('lit')?.cpuMs.median ?? 0;
  const rows = tracedPages.flatMap((page) => {
    const s = summaries.get(page);
    if (!s) return [];
    const m = s.cpuMs.median;
    return [
      [
        page,
        String(s.loads),
        formatSpreadMs(s.cpuMs),
        formatRatio(m, lit),
        formatSignedMs(m - lit),
      ],
    ];
  });
  return markdownTable(
    ['page', 'loads', 'module evaluation, main-thread CPU, median (min–max)', '× lit', '− lit'],
    rows,
  );
}
