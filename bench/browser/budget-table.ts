/**
 * The Performance budgets of `quality.md` that the browser benchmark measures, each computed from
 * the figures of the run: what it asks, what was measured, and whether it is met.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { formatMs, formatRatio } from '../report/stats.js';
import type { LoadSummary } from './load-table.js';
import type { ModuleSummary } from './module-table.js';
import type { OpenSummary } from './open-table.js';
import { formatSignedMs } from './spread.js';

/** The figures a budget row needs. */
export interface BudgetInputs {
  /** The page without the widget, and without script. */
  empty: LoadSummary;
  /** The empty page with the widget. */
  widget: LoadSummary;
  /** The page with a script of its own (a minimal Lit element), without the widget. */
  lit: LoadSummary;
  /** The lit page with the widget. */
  litWidget: LoadSummary;
  /** Control: the lit page with a module script that does nothing. */
  litEmptyModule: LoadSummary;
  /** Control: the lit page with the least a script-rendered launcher can be. */
  litMinimalLauncher: LoadSummary;
  /** Module evaluation CPU (traced loads) of the lit page, with the widget, and the controls. */
  modules: {
    lit: ModuleSummary;
    litWidget: ModuleSummary;
    litEmptyModule: ModuleSummary;
    litMinimalLauncher: ModuleSummary;
  };
  /** Opening the widget after a hover (warm). */
  warmOpen: OpenSummary;
  /** Opening the native dialog, the same way. */
  nativeOpen: OpenSummary;
}

/** Highest allowed ratio of script evaluation at load to the page without the widget. */
export const scriptRatioBudget = 1.1;
/** The aim for activate → panel visible with focus on its heading, in ms. */
export const openAimMs = 100;

const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** The budget table. */
export function budgetTable(inputs: BudgetInputs): string {
  const { empty, widget, lit, litWidget, litEmptyModule, litMinimalLauncher } = inputs;
  const { warmOpen, nativeOpen } = inputs;
  const toLit = (page: LoadSummary) =>
    `${formatRatio(page.scriptMs.median, lit.scriptMs.median)} (${formatSignedMs(page.scriptMs.median - lit.scriptMs.median)})`;
  const { modules } = inputs;
  const moduleToLit = (page: ModuleSummary) =>
    `${formatRatio(page.cpuMs.median, modules.lit.cpuMs.median)} (${formatSignedMs(page.cpuMs.median - modules.lit.cpuMs.median)})`;
  const moduleRatio = modules.litWidget.cpuMs.median / modules.lit.cpuMs.median;
  const extraLongTasks = widget.longTaskCount.median - empty.longTaskCount.median;
  const scriptRatio = litWidget.scriptMs.median / lit.scriptMs.median;
  const addedToEmpty = widget.scriptMs.median - empty.scriptMs.median;
  const open = warmOpen.toFrameMs.median;
  const rows = [
    [
      'long tasks (> 50 ms) at load caused by the widget, median per load',
      '0',
      `${extraLongTasks} (widget page ${widget.longTaskCount.median}, page without it ` +
        `${empty.longTaskCount.median}; loads with a long task: ${widget.loadsWithLongTasks} of ` +
        `${widget.loads}, and ${empty.loadsWithLongTasks} of ${empty.loads})`,
      verdict(extraLongTasks <= 0),
    ],
    [
      'script evaluation at load, ratio to the same page without the widget (lit-widget ÷ lit)',
      `≤ ${scriptRatioBudget.toFixed(2)}×`,
      toLit(litWidget),
      verdict(scriptRatio <= scriptRatioBudget),
    ],
    [
      'controls for that ratio, same run: the lit page plus a module that does nothing (lit-empty-module ÷ lit); plus the least script-rendered launcher (lit-minimal-launcher ÷ lit)',
      '—',
      `${toLit(litEmptyModule)}; ${toLit(litMinimalLauncher)}`,
      '—',
    ],
    [
      'the same ratio from module evaluation, main-thread CPU (traced loads: lit-widget ÷ lit)',
      `≤ ${scriptRatioBudget.toFixed(2)}×`,
      moduleToLit(modules.litWidget),
      verdict(moduleRatio <= scriptRatioBudget),
    ],
    [
      'its controls, same run: lit-empty-module ÷ lit; lit-minimal-launcher ÷ lit',
      '—',
      `${moduleToLit(modules.litEmptyModule)}; ${moduleToLit(modules.litMinimalLauncher)}`,
      '—',
    ],
    [
      'script evaluation the widget adds to a page without script (widget − empty)',
      '—',
      formatSignedMs(addedToEmpty),
      '—',
    ],
    [
      'API calls, storage writes or cookies before interaction',
      '0',
      String(widget.maxApiCookiesStorage),
      verdict(widget.maxApiCookiesStorage === 0),
    ],
    [
      'requests before interaction (page document excluded)',
      '1',
      String(widget.maxRequests),
      verdict(widget.maxRequests <= 1),
    ],
    [
      'activate launcher → panel visible with focus on its heading (warm), median',
      `aim < ${openAimMs} ms`,
      `${formatMs(open)}, ${formatRatio(open, nativeOpen.toFrameMs.median)} the native dialog`,
      verdict(open < openAimMs),
    ],
  ];
  return markdownTable(['figure', 'budget', 'measured', 'budget met'], rows);
}
