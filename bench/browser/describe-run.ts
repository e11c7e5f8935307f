/**
 * The Markdown of the host-page benchmark's section: how it was measured, then the load, opening
 * and budget tables.
 * @internal
 */
import { pairsNeeded, ratiosOf } from '../report/paired-ratio.js';
import { budgetTable, pairedLoads, type BudgetInputs, type LoadPair } from './budget-table.js';
import {
  budgetPairsPerRound,
  hostPageTrials,
  reactPairsPerRound,
  reactRatio,
  scriptBudgetRatio,
  warmNativeOpen,
  warmWidgetOpen,
} from './host-page-trials.js';
import { cpuThrottlingRate } from './launch-browser.js';
import { loadTable, summarizeLoads } from './load-table.js';
import type { LoadSample } from './measure-load.js';
import type { OpenSample } from './measure-open.js';
import { openTable, summarizeOpens, type OpenSummary } from './open-table.js';
import type { PageName } from './pages.js';
import { samplesOf, type RunSamples } from './trials.js';

/** The versions and the run length the text names. */
export interface RunFacts {
  chromium: string;
  playwright: string;
  rounds: number;
  /** A quick run (`pnpm bench --quick`): fewer rounds, not for conclusions. */
  quick: boolean;
}

/** The wanted reach of the judged ratio's interval either side of its median, as a share of it. */
const wantedHalfWidth = 0.05;

/** The load pairs of `ratio`. */
const loadPairs = (samples: RunSamples, ratio: string): LoadPair[] =>
  (samples.pairs.get(ratio) ?? []).map(([subject, control]) => [subject.load, control.load]);

/** The section body for the samples of `runRounds` over `hostPageUnits`. */
export function describeRun(samples: RunSamples, facts: RunFacts): string {
  const loads = new Map<PageName, LoadSample[]>();
  for (const trial of hostPageTrials) {
    const runs = samplesOf(samples, trial.name).map((sample) => sample.load);
    loads.set(trial.page, [...(loads.get(trial.page) ?? []), ...runs]);
  }
  const opens = new Map<string, OpenSummary>();
  for (const name of [warmWidgetOpen, warmNativeOpen]) {
    const openings = samplesOf(samples, name).flatMap((s): OpenSample[] =>
      s.open ? [s.open] : [],
    );
    if (openings.length > 0) opens.set(name, summarizeOpens(openings));
  }
  const load = summarizeLoads(loads);
  const budgetPairs = loadPairs(samples, scriptBudgetRatio);
  const reactPairs = loadPairs(samples, reactRatio);
  const inputs = {
    empty: load.get('empty'),
    widget: load.get('widget'),
    react: load.get('react'),
    reactWidget: load.get('react-widget'),
    warmOpen: opens.get(warmWidgetOpen),
    nativeOpen: opens.get(warmNativeOpen),
  };
  const budgets =
    allPresent<Omit<BudgetInputs, 'budgetPairs' | 'reactPairs'>>(inputs) &&
    budgetPairs.length > 0 &&
    reactPairs.length > 0
      ? budgetTable({ ...inputs, budgetPairs, reactPairs })
      : '(budgets not computed: a trial has no samples)';
  const needed =
    budgetPairs.length > 1
      ? pairsNeeded(
          ratiosOf(budgetPairs.map(([w, c]) => [w.mainThreadMs, c.mainThreadMs])),
          wantedHalfWidth,
        )
      : Number.NaN;
  const judged =
    budgetPairs.length > 0 ? pairedLoads(budgetPairs, (s) => s.mainThreadMs) : undefined;
  const { chromium, playwright, rounds, quick } = facts;
  const runs = `N = ${rounds}${quick ? ' (a quick run: not for conclusions)' : ''}`;
  return [
    `Headless Chromium ${chromium} driven by playwright-core ${playwright}, CPU throttled ${cpuThrottlingRate}× ` +
      '(CDP `Emulation.setCPUThrottlingRate`). One small portal page (a nav, headings, paragraphs, ' +
      'a list) in ten variants: **empty** (no script), **lit** (a minimal Lit element rendering a ' +
      'button: the page with a script of its own), **widget** (`<opin-support>` in launcher mode, ' +
      'with `<script type="module" async>` as its README recommends), **widget-no-async** (the ' +
      'same without `async`), **lit-widget** (the lit page with the widget added), two ' +
      'controls loaded like the widget — **lit-empty-module** (the lit page plus a module script ' +
      'that does nothing) and **lit-minimal-launcher**, the facade control (the lit page plus the ' +
      'least a script-rendered launcher can be: a custom element with a shadow root, one ' +
      'constructed style sheet and one button) — **react** (the page with an application of its ' +
      'own, as portals have one: React 19 renders a course search, a form and 24 results, into ' +
      'it; a module script without `async`), **react-widget** (the react page with the widget ' +
      'added) and **native-dialog** (a button that opens a native `<dialog>` with content like ' +
      'the panel’s first step — heading, paragraphs, links, a search input — and focuses its ' +
      `heading). Every load is cold, in a fresh browser context; ${runs} rounds take each trial ` +
      'in turn, each round starting one trial later than the one before, after one warm-up round ' +
      'that is not counted. The ratios that are judged are paired: lit-widget and ' +
      `lit-minimal-launcher are loaded one right after the other, ${budgetPairsPerRound} pairs ` +
      `per round, and react-widget and react likewise, ${reactPairsPerRound} pairs per round; ` +
      'which page goes first alternates. A paired ratio is the median of the pairs’ ratios with ' +
      'its distribution-free 95 % interval (order statistics). Absolute times depend on the ' +
      'machine and are for information.',
    '### At load',
    'Main-thread time is CDP `Performance.getMetrics` `TaskDuration` — every task of the page’s ' +
      'main thread: parsing, script, style, layout — less `DevToolsCommandDuration` (the ' +
      'benchmark’s own commands), from navigation to the load event plus two animation frames and ' +
      '500 ms, in thread time (`Performance.enable` with `timeDomain: threadTicks`): the thread’s ' +
      'own CPU time, which leaves out the time it waits for a core while other processes of the ' +
      'shared machine run; the 4× throttling busy-waits inside the thread, so it counts. Script ' +
      'evaluation is `ScriptDuration` over the same span, likewise. Long tasks come from a ' +
      '`PerformanceObserver` installed before any page script; requests exclude the page’s own ' +
      'document; storage counts `localStorage` and `sessionStorage` entries and IndexedDB ' +
      'databases.',
    loadTable(load),
    '### Opening after a hover',
    'From the first pointer event the page sees (its `timeStamp`) to focus on a rendered heading ' +
      'inside an open `<dialog>` (shadow roots followed), and to the first frame after that. The ' +
      'mouse rests on the launcher until the network has been quiet for 500 ms (the widget ' +
      'prefetches and starts its panel then), then clicks. The opening without hover has a ' +
      'section of its own (“Cold opening without hover”).',
    opens.size > 0 ? openTable(opens, warmNativeOpen) : '(no openings measured)',
    '### Budgets',
    budgets,
    'The script budget compares the widget with the least any script-rendered launcher costs — ' +
      'a facade, the comparison docs/design/quality.md makes — on the same small page, whose own ' +
      'script is one Lit element, by main-thread time, which counts the style and layout a ' +
      'launcher causes as well as its script. ' +
      (judged
        ? `The spread of this run’s ${judged.pairs} pairs would call for ${needed} pairs to bring ` +
          'the interval within 5 % of the median either side (the count is fixed in ' +
          '`bench/browser/host-page-trials.ts`, chosen from a pilot run’s spread).'
        : ''),
  ].join('\n\n');
}

/** True when no value of `record` is missing. */
function allPresent<T extends object>(record: { [K in keyof T]: T[K] | undefined }): record is T {
  return Object.values(record).every((value) => value !== undefined);
}
