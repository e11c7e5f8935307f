/**
 * The Performance budgets of `docs/design/quality.md` that the browser benchmark measures, each computed from
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
  /** The page with an application of its own (a React course search), without the widget. */
  react: LoadSummary;
  /** The react page with the widget. */
  reactWidget: LoadSummary;
  /** Module evaluation CPU (traced loads) of the lit and react pages, with the widget, and the controls. */
  modules: {
    lit: ModuleSummary;
    litWidget: ModuleSummary;
    litEmptyModule: ModuleSummary;
    litMinimalLauncher: ModuleSummary;
    react: ModuleSummary;
    reactWidget: ModuleSummary;
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

/** `1.03× (+0.4 ms)`: `value` as a ratio to and a difference from `baseline`. */
const against = (value: number, baseline: number) =>
  `${formatRatio(value, baseline)} (${formatSignedMs(value - baseline)})`;

/**
 * The budget table. The script-evaluation budget is judged on the react page, a portal page with
 * an application of its own, by `ScriptDuration`, the whole page's script; its module-evaluation
 * ratio and the small lit page's ratios, with their controls, are shown unjudged (see
 * `describe-run.ts` for why).
 */
export function budgetTable(inputs: BudgetInputs): string {
  const { empty, widget, lit, litWidget, litEmptyModule, litMinimalLauncher } = inputs;
  const { react, reactWidget, warmOpen, nativeOpen, modules } = inputs;
  const toLit = (page: LoadSummary) => against(page.scriptMs.median, lit.scriptMs.median);
  const moduleToLit = (page: ModuleSummary) => against(page.cpuMs.median, modules.lit.cpuMs.median);
  const extraLongTasks = widget.longTaskCount.median - empty.longTaskCount.median;
  const extraLongTasksOnReact = reactWidget.longTaskCount.median - react.longTaskCount.median;
  const scriptRatio = reactWidget.scriptMs.median / react.scriptMs.median;
  const addedToEmpty = widget.scriptMs.median - empty.scriptMs.median;
  const open = warmOpen.toFrameMs.median;
  const budget = `≤ ${scriptRatioBudget.toFixed(2)}×`;
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
      'the same on a portal page with an application of its own (react-widget − react)',
      '0',
      `${extraLongTasksOnReact} (react-widget ${reactWidget.longTaskCount.median}, react ` +
        `${react.longTaskCount.median}; long-task time per load, median: ` +
        `${formatMs(reactWidget.longTaskMs.median)} and ${formatMs(react.longTaskMs.median)})`,
      verdict(extraLongTasksOnReact <= 0),
    ],
    [
      'script evaluation at load, ratio to the same page without the widget: a portal page with an application of its own (react-widget ÷ react)',
      budget,
      against(reactWidget.scriptMs.median, react.scriptMs.median),
      verdict(scriptRatio <= scriptRatioBudget),
    ],
    [
      'the same pages by module evaluation, main-thread CPU (traced loads: react-widget ÷ react); it leaves out the React render, most of that page’s script, so it overstates the widget’s share',
      '— (shown, not judged)',
      against(modules.reactWidget.cpuMs.median, modules.react.cpuMs.median),
      '—',
    ],
    [
      'the same ratio on the small page whose only script is one Lit element (lit-widget ÷ lit); its controls: the lit page plus a module that does nothing (lit-empty-module ÷ lit), plus the least script-rendered launcher (lit-minimal-launcher ÷ lit)',
      '— (not judged: see below)',
      `${toLit(litWidget)}; controls ${toLit(litEmptyModule)}, ${toLit(litMinimalLauncher)}`,
      '—',
    ],
    [
      'the small page from module evaluation, main-thread CPU (traced loads): lit-widget ÷ lit; controls lit-empty-module ÷ lit, lit-minimal-launcher ÷ lit',
      '— (not judged: see below)',
      `${moduleToLit(modules.litWidget)}; controls ${moduleToLit(modules.litEmptyModule)}, ${moduleToLit(modules.litMinimalLauncher)}`,
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
