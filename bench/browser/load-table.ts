/**
 * The load figures of the browser benchmark, per page variant: the table, and the summaries the
 * budget table compares.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { formatMs } from '../report/stats.js';
import type { LoadSample } from './measure-load.js';
import { pageNames, pageWithout, type PageName } from './pages.js';
import { formatAgainst, formatCount, formatSpreadMs, spread, type Spread } from './spread.js';

/** One page variant's load figures, summarized. */
export interface LoadSummary {
  loads: number;
  mainThreadMs: Spread;
  scriptMs: Spread;
  longTaskCount: Spread;
  /** How many loads had at least one long task. */
  loadsWithLongTasks: number;
  longTaskMs: Spread;
  /** The most requests any load made before interaction. */
  maxRequests: number;
  /** The most API requests, cookies and storage entries any load left before interaction. */
  maxApiCookiesStorage: number;
}

/** Summarizes each page's samples. */
export function summarizeLoads(
  samples: ReadonlyMap<PageName, readonly LoadSample[]>,
): Map<PageName, LoadSummary> {
  const summaries = new Map<PageName, LoadSummary>();
  for (const [page, loads] of samples) {
    if (loads.length === 0) continue;
    summaries.set(page, {
      loads: loads.length,
      mainThreadMs: spread(loads.map((l) => l.mainThreadMs)),
      scriptMs: spread(loads.map((l) => l.scriptMs)),
      longTaskCount: spread(loads.map((l) => l.longTaskCount)),
      loadsWithLongTasks: loads.filter((l) => l.longTaskCount > 0).length,
      longTaskMs: spread(loads.map((l) => l.longTaskMs)),
      maxRequests: Math.max(...loads.map((l) => l.requests)),
      maxApiCookiesStorage: Math.max(
        ...loads.map((l) => l.apiRequests + l.cookies + l.storageEntries),
      ),
    });
  }
  return summaries;
}

/**
 * The load table: one row per page variant, with its main-thread time as a ratio to (and a
 * difference from) that of the same page without what the variant adds (`pageWithout`): ratios
 * of medians over all loads, for information; the judged ratios are paired (budget table).
 */
export function loadTable(summaries: ReadonlyMap<PageName, LoadSummary>): string {
  const baselineOf = (page: PageName) => {
    if (page === 'empty') return undefined;
    const without = pageWithout[page];
    const summary = summaries.get(without);
    return summary && { page: without, median: summary.mainThreadMs.median };
  };
  const rows = pageNames.flatMap((page) => {
    const s = summaries.get(page);
    if (!s) return [];
    return [
      [
        page,
        String(s.loads),
        formatSpreadMs(s.mainThreadMs),
        formatAgainst(s.mainThreadMs.median, baselineOf(page)),
        formatSpreadMs(s.scriptMs),
        formatCount(s.longTaskCount),
        `${s.loadsWithLongTasks} of ${s.loads}`,
        formatMs(s.longTaskMs.median),
        String(s.maxRequests),
        String(s.maxApiCookiesStorage),
      ],
    ];
  });
  return markdownTable(
    [
      'page',
      'loads',
      'main-thread time, median (min–max)',
      'main-thread time × the page without it (difference), medians',
      'script evaluation, median (min–max)',
      'long tasks per load, median (max)',
      'loads with a long task',
      'long-task time per load, median',
      'requests before interaction (max)',
      'API calls + cookies + storage entries (max)',
    ],
    rows,
  );
}
