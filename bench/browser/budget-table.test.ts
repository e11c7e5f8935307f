import { describe, expect, it } from 'vitest';
import { budgetTable, type BudgetInputs } from './budget-table.js';
import type { LoadSummary } from './load-table.js';
import { summarizeLoads } from './load-table.js';
import type { LoadSample } from './measure-load.js';
import type { ModuleSummary } from './module-table.js';
import { summarizeOpens, type OpenSummary } from './open-table.js';

/** A page's load summary: every load with `scriptMs` of script and `longTasks` long tasks. */
function load(scriptMs: number, longTasks = 0): LoadSummary {
  const sample: LoadSample = {
    scriptMs,
    longTaskCount: longTasks,
    longTaskMs: longTasks * 60,
    requests: 1,
    apiRequests: 0,
    cookies: 0,
    storageEntries: 0,
  };
  const summary = summarizeLoads(new Map([['widget', [sample, sample, sample]]])).get('widget');
  if (!summary) throw new Error('no summary');
  return summary;
}

const modules = (cpuMs: number): ModuleSummary => ({
  loads: 3,
  cpuMs: { median: cpuMs, min: cpuMs, max: cpuMs },
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
    },
  ]);

/** Inputs where every budget is met; the small lit page is far above 1.1×. */
function inputs(overrides: Partial<BudgetInputs> = {}): BudgetInputs {
  return {
    empty: load(0),
    widget: load(8),
    lit: load(10),
    litWidget: load(15),
    litEmptyModule: load(11),
    litMinimalLauncher: load(14),
    react: load(180, 1),
    reactWidget: load(185, 1),
    modules: {
      lit: modules(9),
      litWidget: modules(13),
      litEmptyModule: modules(10),
      litMinimalLauncher: modules(12),
      react: modules(110),
      reactWidget: modules(114),
    },
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

const scriptRow = 'script evaluation at load, ratio to the same page without the widget';
const moduleRow = 'the same pages by module evaluation';

describe('budgetTable', () => {
  it('judges the script budget on the react page, not on the small lit page', () => {
    const table = budgetTable(inputs());
    expect(verdictOf(table, scriptRow)).toBe('met');
    expect(table).toContain('1.03× (+5.0 ms)');
    // The lit page's 1.50× is shown with its controls, unjudged.
    expect(verdictOf(table, 'the same ratio on the small page')).toBe('—');
    expect(table).toContain('1.50× (+5.0 ms); controls 1.10× (+1.0 ms), 1.40× (+4.0 ms)');
    expect(table).not.toContain('not met');
  });

  it('says "not met" when the widget adds more than 10% to the react page', () => {
    const table = budgetTable(inputs({ reactWidget: load(199, 1) }));
    expect(verdictOf(table, scriptRow)).toBe('not met');
    expect(table).toContain('1.11× (+19.0 ms)');
  });

  it('shows the react pages’ module-evaluation ratio without judging it', () => {
    const table = budgetTable(
      inputs({ modules: { ...inputs().modules, reactWidget: modules(122) } }),
    );
    expect(verdictOf(table, moduleRow)).toBe('—');
    expect(table).toContain('1.11× (+12.0 ms)');
    expect(verdictOf(table, scriptRow)).toBe('met');
  });

  it('counts long tasks the widget adds to either page', () => {
    expect(verdictOf(budgetTable(inputs({ widget: load(8, 1) })), 'long tasks')).toBe('not met');
    const onReact = budgetTable(inputs({ reactWidget: load(185, 2) }));
    expect(verdictOf(onReact, 'the same on a portal page')).toBe('not met');
    expect(verdictOf(onReact, 'long tasks')).toBe('met');
  });
});
