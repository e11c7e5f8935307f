/**
 * The Performance budgets of `docs/design/quality.md` that the host-page benchmark measures, each
 * computed from the figures of the run: what it asks, what was measured, and whether it is met.
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import { formatPairedRatio, pairedRatio, type PairedRatio } from '../report/paired-ratio.js';
import { formatMs, formatRatio, median } from '../report/stats.js';
import type { LoadSummary } from './load-table.js';
import type { LoadSample } from './measure-load.js';
import type { OpenSummary } from './open-table.js';
import { formatSignedMs } from './spread.js';

/** Loads made as a pair: `[subject, control]`. */
export type LoadPair = readonly [LoadSample, LoadSample];

/** The figures a budget row needs. */
export interface BudgetInputs {
  /** The page without the widget, and without script. */
  empty: LoadSummary;
  /** The empty page with the widget. */
  widget: LoadSummary;
  /** The react page (an application of its own), without and with the widget. */
  react: LoadSummary;
  reactWidget: LoadSummary;
  /** The judged pairs: the small page with the widget, and with the facade control. */
  budgetPairs: readonly LoadPair[];
  /** react-widget and react, loaded in pairs. */
  reactPairs: readonly LoadPair[];
  /** Opening the widget after a hover (warm), and the native dialog the same way. */
  warmOpen: OpenSummary;
  nativeOpen: OpenSummary;
}

/** Highest allowed median ratio of main-thread time at load to the facade control's page. */
export const scriptRatioBudget = 1.25;
/** The aim for activate → panel visible with focus on its heading, in ms. */
export const openAimMs = 100;

const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** The paired ratio of one figure of the loads. */
export const pairedLoads = (
  pairs: readonly LoadPair[],
  figure: (sample: LoadSample) => number,
): PairedRatio =>
  pairedRatio(pairs.map(([subject, control]) => [figure(subject), figure(control)]));

/** `1.08× (1.02–1.15), 45 pairs; +3.1 ms`: the median difference of the pairs too. */
function describePairs(pairs: readonly LoadPair[], figure: (sample: LoadSample) => number): string {
  const ratio = pairedLoads(pairs, figure);
  const difference = median(pairs.map(([subject, control]) => figure(subject) - figure(control)));
  return `${formatPairedRatio(ratio)}, ${ratio.pairs} pairs; ${formatSignedMs(difference)} per pair, median`;
}

/** The verdict of the judged ratio, and whether its whole interval is within the budget. */
export function scriptBudgetVerdict(ratio: PairedRatio): string {
  if (ratio.median > scriptRatioBudget) return 'not met';
  return ratio.high <= scriptRatioBudget
    ? 'met, the whole interval too'
    : 'met, not the whole interval';
}

const mainThread = (sample: LoadSample) => sample.mainThreadMs;
const script = (sample: LoadSample) => sample.scriptMs;

/** The budget table. */
export function budgetTable(inputs: BudgetInputs): string {
  const { empty, widget, react, reactWidget, budgetPairs, reactPairs } = inputs;
  const { warmOpen, nativeOpen } = inputs;
  const extraLongTasks = widget.longTaskCount.median - empty.longTaskCount.median;
  const extraLongTasksOnReact = reactWidget.longTaskCount.median - react.longTaskCount.median;
  const open = warmOpen.toFrameMs.median;
  const rows = [
    [
      'main-thread time at load, the small page with the widget ÷ the same page with the facade control (lit-widget ÷ lit-minimal-launcher, paired loads), median (95 % interval)',
      `≤ ${scriptRatioBudget.toFixed(2)}×`,
      describePairs(budgetPairs, mainThread),
      scriptBudgetVerdict(pairedLoads(budgetPairs, mainThread)),
    ],
    [
      'the same pairs by script evaluation (`ScriptDuration`)',
      '— (shown)',
      describePairs(budgetPairs, script),
      '—',
    ],
    [
      'main-thread time at load on a portal page with a React application of its own (react-widget ÷ react, paired loads)',
      '— (shown, not judged)',
      describePairs(reactPairs, mainThread),
      '—',
    ],
    [
      'the same pairs by script evaluation (`ScriptDuration`)',
      '— (shown, not judged)',
      describePairs(reactPairs, script),
      '—',
    ],
    [
      'long tasks (> 50 ms) at load caused by the widget, median per load (widget − empty)',
      '0',
      `${extraLongTasks} (widget page ${widget.longTaskCount.median}, page without it ` +
        `${empty.longTaskCount.median}; loads with a long task: ${widget.loadsWithLongTasks} of ` +
        `${widget.loads}, and ${empty.loadsWithLongTasks} of ${empty.loads})`,
      verdict(extraLongTasks <= 0),
    ],
    [
      'the same on the portal page with a React application (react-widget − react)',
      '0',
      `${extraLongTasksOnReact} (react-widget ${reactWidget.longTaskCount.median}, react ` +
        `${react.longTaskCount.median}; long-task time per load, median: ` +
        `${formatMs(reactWidget.longTaskMs.median)} and ${formatMs(react.longTaskMs.median)})`,
      verdict(extraLongTasksOnReact <= 0),
    ],
    [
      'main-thread time the widget adds to a page without script (widget − empty, medians)',
      '—',
      formatSignedMs(widget.mainThreadMs.median - empty.mainThreadMs.median),
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
