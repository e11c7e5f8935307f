/**
 * The Markdown of the browser benchmark's section: how it was measured, then the load, opening
 * and budget tables.
 * @internal
 */
import { budgetTable, type BudgetInputs } from './budget-table.js';
import { cpuThrottlingRate } from './launch-browser.js';
import { slowNetworkSummary } from './slow-network.js';
import { loadTable, summarizeLoads } from './load-table.js';
import { moduleTable, summarizeModules } from './module-table.js';
import type { LoadSample } from './measure-load.js';
import type { OpenSample } from './measure-open.js';
import { openTable, summarizeOpens, type OpenSummary } from './open-table.js';
import type { PageName } from './pages.js';
import { budgetLoadsPerRound, trials, type TrialSample } from './trials.js';

/** The versions and the run length the text names. */
export interface RunFacts {
  chromium: string;
  playwright: string;
  rounds: number;
  /** A quick run (`pnpm bench --quick`): fewer rounds, not for conclusions. */
  quick: boolean;
}

const warmTrial = 'widget, hover then click';
const nativeTrial = 'native dialog, hover then click';

/** The section body for the samples of `runRounds`. */
export function describeRun(
  samples: ReadonlyMap<string, readonly TrialSample[]>,
  facts: RunFacts,
): string {
  const loads = new Map<PageName, LoadSample[]>();
  const opens = new Map<string, OpenSummary>();
  const moduleCpu = new Map<string, number[]>();
  for (const trial of trials) {
    const runs = samples.get(trial.name) ?? [];
    if ('traced' in trial) {
      const cpu = runs.flatMap((r) => (r.moduleCpuMs === undefined ? [] : [r.moduleCpuMs]));
      moduleCpu.set(trial.page, [...(moduleCpu.get(trial.page) ?? []), ...cpu]);
      continue;
    }
    loads.set(trial.page, [...(loads.get(trial.page) ?? []), ...runs.map((r) => r.load)]);
    const openings = runs.flatMap((r): OpenSample[] => (r.open ? [r.open] : []));
    if (openings.length > 0) opens.set(trial.name, summarizeOpens(openings));
  }
  const load = summarizeLoads(loads);
  const modules = summarizeModules(moduleCpu);
  const inputs = {
    empty: load.get('empty'),
    widget: load.get('widget'),
    lit: load.get('lit'),
    litWidget: load.get('lit-widget'),
    litEmptyModule: load.get('lit-empty-module'),
    litMinimalLauncher: load.get('lit-minimal-launcher'),
    react: load.get('react'),
    reactWidget: load.get('react-widget'),
    warmOpen: opens.get(warmTrial),
    nativeOpen: opens.get(nativeTrial),
  };
  const moduleInputs = {
    lit: modules.get('lit'),
    litWidget: modules.get('lit-widget'),
    litEmptyModule: modules.get('lit-empty-module'),
    litMinimalLauncher: modules.get('lit-minimal-launcher'),
    react: modules.get('react'),
    reactWidget: modules.get('react-widget'),
  };
  const budgets =
    allPresent<Omit<BudgetInputs, 'modules'>>(inputs) &&
    allPresent<BudgetInputs['modules']>(moduleInputs)
      ? budgetTable({ ...inputs, modules: moduleInputs })
      : '(budgets not computed: a trial has no samples)';
  const { chromium, playwright, rounds, quick } = facts;
  const runs = `N = ${rounds}${quick ? ' (a quick run: not for conclusions)' : ''}`;
  return [
    `Headless Chromium ${chromium} driven by playwright-core ${playwright}, CPU throttled ${cpuThrottlingRate}× ` +
      '(CDP `Emulation.setCPUThrottlingRate`). One small portal page (a nav, headings, paragraphs, ' +
      'a list) in twelve variants: **empty** (no script), **lit** (a minimal Lit element rendering a ' +
      'button: the page with a script of its own), **widget** (`<opin-support>` in launcher mode, ' +
      'with `<script type="module" async>` as its README recommends), **widget-no-async** (the ' +
      'same without `async`), **lit-widget** (the lit page with the widget added), two ' +
      'controls, loaded like the widget — **lit-empty-module** (the lit page plus a module script that does nothing) and ' +
      '**lit-minimal-launcher** (the lit page plus the least a script-rendered launcher can be: a ' +
      'custom element with a shadow root, one constructed style sheet and one button) — **react** ' +
      '(the page with an application of its own, as portals have one: React 19 renders a course ' +
      'search, a form and 24 results, into it; a module script without `async`), **react-widget** ' +
      '(the react page with the widget added) and ' +
      '**native-dialog** (a button that opens a native `<dialog>` with content like the panel’s ' +
      'first step — heading, paragraphs, links, a search input — and focuses its heading); and ' +
      'two pages with a copy of the widget whose files all lack their first line, V8’s compile ' +
      'hint `//# allFunctionsCalledOnLoad`: **widget-no-hint**, opened like the widget, and, in ' +
      'traced loads only, **lit-widget-no-hint**. ' +
      `Every load is cold, in a fresh browser context; ${runs} rounds take each trial in turn, ` +
      'each round starting one trial later than the one before, after one warm-up round that is not counted, so the widget page has three loads per round ' +
      `(one per opening trial), and the react and react-widget pages, on which the script budget is judged and whose loads vary the most, ${budgetLoadsPerRound} each, untraced and traced. ` +
      'Absolute times depend on the machine and are for information; ' +
      'the ratios to baselines measured in the same run are the figures.',
    '### At load',
    'Script evaluation is CDP `Performance.getMetrics` `ScriptDuration` from navigation to the ' +
      'load event plus two animation frames and 500 ms; long tasks come from a ' +
      '`PerformanceObserver` installed before any page script; requests exclude the page’s own ' +
      'document; storage counts `localStorage` and `sessionStorage` entries and IndexedDB databases.',
    loadTable(load),
    'Module evaluation is the main-thread CPU time (trace thread time, `tdur`) of the outermost ' +
      '`v8.evaluateModule` trace events of a load: each module’s top-level code with all it runs ' +
      'synchronously — a custom element’s definition and upgrade, its callbacks, and functions ' +
      'compiled on their first call — but not what it schedules for later, such as a Lit ' +
      'element’s first render. Thread time leaves out the time the thread waits while other ' +
      'processes run, so its medians move less from run to run than `ScriptDuration`’s; single ' +
      'loads still vary widely (see min–max), so only medians are compared. Traced loads are ' +
      'extra loads in the same rounds (tracing slows a page, so their other figures are not used).',
    moduleTable(modules),
    '### Opening',
    'From the first pointer event the page sees (its `timeStamp`) to focus on a rendered heading ' +
      'inside an open `<dialog>` (shadow roots followed), and to the first frame after that. ' +
      '*Hover then click*: the mouse rests on the launcher until the network has been quiet for ' +
      '500 ms (the widget prefetches and starts its panel then), then clicks. *Click without ' +
      'hover*: one move-and-click, as with touch, so the panel loads after the activation. ' +
      '*Slow 4G*: the same on a slow mobile network, the round trip and bandwidths of ' +
      `Lighthouse’s mobile profile (${slowNetworkSummary}; CDP ` +
      '`Network.emulateNetworkConditions`, from the end of the load): every file and API call of ' +
      'the opening pays it.',
    opens.size > 0 ? openTable(opens, nativeTrial) : '(no openings measured)',
    '### Budgets',
    budgets,
    'The script-evaluation budget asks for the ratio to the same page without the widget; its ' +
      'comparison in docs/design/quality.md is Lighthouse’s figure that a facade — the least any embed can ' +
      'be — adds about 4 ms. That comparison fits a page that runs script of its own in the tens ' +
      'of milliseconds, as a portal does, so the budget is judged on the react page, by ' +
      '`ScriptDuration`: module evaluation leaves out what a module schedules, here the React ' +
      'render, most of that page’s script, so its ratio is shown but not judged. On the small ' +
      'page whose only script is one Lit element (about 10–15 ms at 4×) the same 4 ms would be ' +
      '1.3–1.4×, and the controls show that even a module that does nothing, or the least ' +
      'launcher, moves the ratio by about 0.1–0.4× from run to run: those ratios are shown, with ' +
      'the milliseconds they add, so the widget can be compared with the least any launcher ' +
      'costs, but not judged. Against the empty page, which runs no script at all, any script ' +
      'makes the ratio meaningless, so that row gives the time the widget adds.',
  ].join('\n\n');
}

/** True when no value of `record` is missing. */
function allPresent<T extends object>(record: { [K in keyof T]: T[K] | undefined }): record is T {
  return Object.values(record).every((value) => value !== undefined);
}
