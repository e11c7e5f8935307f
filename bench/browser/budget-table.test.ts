import { describe, expect, it } from 'vitest';
import {
  budgetTable,
  scriptBudgetVerdict,
  type BudgetInputs,
  type LoadPair,
} from './budget-table.js';
import { summarizeLoads, type LoadSummary } from './load-table.js';
import type { LoadSample } from './measure-load.js';
import { summarizeOpens, type OpenSummary } from './open-table.js';

/** One load with `mainThreadMs` of main-thread time (a fifth of it script) and `longTasks` long tasks. */
function sample(mainThreadMs: number, longTasks = 0): LoadSample {
  return {
    mainThreadMs,
    scriptMs: mainThreadMs / 5,
    longTaskCount: longTasks,
    longTaskMs: longTasks * 60,
    requests: 1,
    apiRequests: 0,
    cookies: 0,
    storageEntries: 0,
  };
}

/** A page's load summary: three loads like `sample(mainThreadMs, longTasks)`. */
function load(mainThreadMs: number, longTasks = 0): LoadSummary {
  const loads = [sample(mainThreadMs, longTasks), sample(mainThreadMs, longTasks)];
  const summary = summarizeLoads(new Map([['widget', loads]])).get('widget');
  if (!summary) throw new Error('no summary');
  return summary;
}

/** Pairs whose subject takes `ratio` times the control's 40 ms, give or take a little. */
const pairs = (ratio: number, count = 15): LoadPair[] =>
  Array.from({ length: count }, (_, i) => {
    const control = 40 + (i % 5);
    return [sample(control * (ratio + ((i % 3) - 1) * 0.01)), sample(control)] as const;
  });

const opening = (toFrameMs: number): OpenSummary =>
  summarizeOpens([
    {
      toFocusMs: toFrameMs - 5,
      toFrameMs,
      longTaskCount: 0,
      longTaskMs: 0,
      scriptMs: 5,
      hoverScriptMs: 10,
      requests: [],
    },
  ]);

/** Inputs where every budget is met. */
function inputs(overrides: Partial<BudgetInputs> = {}): BudgetInputs {
  return {
    empty: load(20),
    widget: load(28),
    react: load(300, 1),
    reactWidget: load(310, 1),
    budgetPairs: pairs(1.1),
    reactPairs: pairs(1.02),
    warmOpen: opening(40),
    nativeOpen: opening(20),
    ...overrides,
  };
}

/** The verdict cell of the row whose first cell starts with `figure`. */
function verdictOf(table: string, figure: string): string | undefined {
  const row = table.split('\n').find((line) => line.startsWith(`| ${figure}`));
  return row?.split(' | ').at(-1)?.replace(/ \|$/, '');
}

const budgetRow = 'main-thread time at load, the small page with the widget';

describe('budgetTable', () => {
  it('judges main-thread time against the facade control, by the median of paired ratios', () => {
    const table = budgetTable(inputs());
    expect(verdictOf(table, budgetRow)).toBe('met, the whole interval too');
    expect(table).toContain('1.10× (1.09–1.11), 15 pairs');
    expect(table).not.toContain('not met');
  });

  it('says "not met" when the median ratio is above 1.25×', () => {
    const table = budgetTable(inputs({ budgetPairs: pairs(1.3) }));
    expect(verdictOf(table, budgetRow)).toBe('not met');
  });

  it('shows the React page’s ratio without judging it', () => {
    const table = budgetTable(inputs({ reactPairs: pairs(1.5) }));
    expect(verdictOf(table, 'main-thread time at load on a portal page')).toBe('—');
    expect(table).toContain('1.50× (1.49–1.51), 15 pairs');
    expect(verdictOf(table, budgetRow)).toBe('met, the whole interval too');
  });

  it('counts long tasks the widget adds to either page', () => {
    expect(verdictOf(budgetTable(inputs({ widget: load(28, 1) })), 'long tasks')).toBe('not met');
    const onReact = budgetTable(inputs({ reactWidget: load(310, 2) }));
    expect(verdictOf(onReact, 'the same on the portal page')).toBe('not met');
    expect(verdictOf(onReact, 'long tasks')).toBe('met');
  });
});

describe('scriptBudgetVerdict', () => {
  it('says whether the whole interval is within the budget', () => {
    const ratio = { pairs: 45, coverage: 0.96 };
    expect(scriptBudgetVerdict({ ...ratio, median: 1.2, low: 1.1, high: 1.3 })).toBe(
      'met, not the whole interval',
    );
    expect(scriptBudgetVerdict({ ...ratio, median: 1.26, low: 1.2, high: 1.3 })).toBe('not met');
  });
});
