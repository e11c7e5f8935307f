/**
 * The trials of the browser benchmark: each loads one page variant in a fresh browser context
 * (a cold cache) and, for some, opens its dialog. Rounds run every trial once, in turn, so that
 * a noisy moment of the machine touches all variants alike; a first round warms up and is dropped.
 * @internal
 */
import type { Browser } from 'playwright-core';
import { openMeasuredPage } from './launch-browser.js';
import { measureLoad, type LoadSample } from './measure-load.js';
import { measureOpen, type OpenProtocol, type OpenSample } from './measure-open.js';
import type { PageName } from './pages.js';
import { logRequests } from './request-log.js';
import { emulateSlowNetwork } from './slow-network.js';
import { traceModuleEvaluation } from './trace-module-evaluation.js';

/**
 * A trial: which page, and whether and how its dialog is opened after the load. A `traced` load
 * records a trace for its module evaluation CPU; tracing slows the page, so its other figures are
 * not reported.
 */
export interface Trial {
  name: string;
  page: PageName;
  /** `slowNetwork`: the opening runs on a slow mobile network (`slow-network.ts`). */
  open?: { launcher: string; protocol: OpenProtocol; slowNetwork?: true };
  traced?: true;
}

/** The pages whose module evaluation CPU is traced (`trace-module-evaluation.ts`). */
export const tracedPages = [
  'lit',
  'widget',
  'lit-widget',
  'lit-empty-module',
  'lit-minimal-launcher',
  'lit-widget-no-hint',
  'react',
  'react-widget',
] as const satisfies readonly PageName[];

/** The pages the script-evaluation budget is judged on: a portal page with an application of its own. */
const budgetPages: readonly PageName[] = ['react', 'react-widget'];

/**
 * Loads per round of each budget page, untraced and traced: their loads vary the most
 * (docs/benchmarks.md), and the budget's verdict rests on them.
 */
export const budgetLoadsPerRound = 3;

/** `budgetLoadsPerRound` loads of each budget page, alternating, named `#1`, `#2`, … */
function budgetLoads(traced: boolean): Trial[] {
  return Array.from({ length: budgetLoadsPerRound }, (_, i) =>
    budgetPages.map((page): Trial => ({
      name: `${page}${traced ? ', traced' : ''} #${i + 1}`,
      page,
      ...(traced ? { traced: true } : {}),
    })),
  ).flat();
}

/** The widget's launcher button (the selector pierces its shadow root). */
const launcher = 'opin-support [part=launcher]';

/** Opening a widget page both ways: after a hover (warm), and with a click alone (cold). */
function widgetOpenings(label: string, page: PageName): Trial[] {
  return [
    { name: `${label}, hover then click`, page, open: { launcher, protocol: 'hover-then-click' } },
    { name: `${label}, click without hover`, page, open: { launcher, protocol: 'click' } },
  ];
}

/** The trials, in report order. */
export const trials = [
  { name: 'empty', page: 'empty' },
  { name: 'lit', page: 'lit' },
  { name: 'widget without async', page: 'widget-no-async' },
  { name: 'lit + widget', page: 'lit-widget' },
  { name: 'lit + empty module', page: 'lit-empty-module' },
  { name: 'lit + minimal launcher', page: 'lit-minimal-launcher' },
  ...budgetLoads(false),
  ...widgetOpenings('widget', 'widget'),
  ...widgetOpenings('widget without compile hints', 'widget-no-hint'),
  {
    name: 'widget, click without hover, slow 4G',
    page: 'widget',
    open: { launcher, protocol: 'click', slowNetwork: true },
  },
  {
    name: 'native dialog, hover then click',
    page: 'native-dialog',
    open: { launcher: '#bench-native-open', protocol: 'hover-then-click' },
  },
  ...tracedPages
    .filter((page) => !budgetPages.includes(page))
    .map((page) => ({ name: `${page}, traced`, page, traced: true as const })),
  ...budgetLoads(true),
] as const satisfies readonly Trial[];

/** What one run of a trial measured. */
export interface TrialSample {
  load: LoadSample;
  open: OpenSample | undefined;
  /** Traced trials: main-thread CPU of module evaluation, in ms. */
  moduleCpuMs: number | undefined;
}

/** Where the pages are and what to inject into them. */
export interface TrialSite {
  /** The static server's URL; the pages are `<url>/<page>.html`. */
  url: string;
  /** The API base the widget page uses. */
  apiBase: string;
  /** The in-page probe (`PreparedPages.probeScript`). */
  probeScript: string;
}

/** Runs `trial` once in a fresh context of `browser`. */
export async function runTrial(
  browser: Browser,
  site: TrialSite,
  trial: Trial,
): Promise<TrialSample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = logRequests(page);
    const measured = await openMeasuredPage(page, site.probeScript);
    const url = `${site.url}/${trial.page}.html`;
    const measure = () => measureLoad(measured, requests, url, site.apiBase);
    if (trial.traced) {
      const { result, moduleCpuMs } = await traceModuleEvaluation(measured.cdp, measure);
      return { load: result, open: undefined, moduleCpuMs };
    }
    const load = await measure();
    if (trial.open?.slowNetwork) await emulateSlowNetwork(measured.cdp);
    const open = trial.open
      ? await measureOpen(measured, requests, trial.open.launcher, trial.open.protocol)
      : undefined;
    return { load, open, moduleCpuMs: undefined };
  } catch (error) {
    throw new Error(`browser benchmark: trial "${trial.name}" failed`, { cause: error });
  } finally {
    await context.close();
  }
}

/**
 * Runs one warm-up round, then `rounds` rounds; the samples of each trial, by trial name. Each
 * round starts one trial later than the one before, so no trial always follows the same one.
 */
export async function runRounds(
  browser: Browser,
  site: TrialSite,
  rounds: number,
): Promise<Map<string, TrialSample[]>> {
  const samples = new Map<string, TrialSample[]>(trials.map((t) => [t.name, []]));
  for (let round = -1; round < rounds; round++) {
    const start = (round + 1) % trials.length;
    for (const trial of [...trials.slice(start), ...trials.slice(0, start)]) {
      const sample = await runTrial(browser, site, trial);
      if (round >= 0) samples.get(trial.name)?.push(sample);
    }
  }
  return samples;
}
