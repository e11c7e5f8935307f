/**
 * The module-evaluation figures of the browser benchmark (traced loads): main-thread CPU per page,
 * the table, and the summaries the budget table compares.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { pageWithout } from './pages.js';
import { formatAgainst, formatSpreadMs, spread, type Spread } from './spread.js';
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

/**
 * The table: one row per traced page, with its ratio to and difference from the same page without
 * what it adds, when that page is traced too.
 */
export function moduleTable(summaries: ReadonlyMap<string, ModuleSummary>): string {
  const rows = tracedPages.flatMap((page) => {
    const s = summaries.get(page);
    if (!s) return [];
    const without = pageWithout[page];
    const baseline = summaries.get(without);
    return [
      [
        page,
        String(s.loads),
        formatSpreadMs(s.cpuMs),
        formatAgainst(s.cpuMs.median, baseline && { page: without, median: baseline.cpuMs.median }),
      ],
    ];
  });
  return markdownTable(
    [
      'page',
      'loads',
      'module evaluation, main-thread CPU, median (min–max)',
      '× the page without it (difference)',
    ],
    rows,
  );
}
