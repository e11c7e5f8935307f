/**
 * How the browser benchmarks run their trials: each trial loads one page variant in a fresh browser
 * context (a cold cache) and, for some, opens its dialog. A pair runs two trials back to back — a
 * subject and its control, which goes first alternating — so that a judged ratio compares loads
 * made moments apart. Rounds run every trial and pair once, in turn, so that a noisy moment of the
 * machine touches all variants alike; a first round warms up and is dropped.
 * @internal
 */
import type { Browser } from 'playwright-core';
import { openMeasuredPage } from './launch-browser.js';
import { measureLoad, type LoadSample } from './measure-load.js';
import { measureOpen, type OpenProtocol, type OpenSample } from './measure-open.js';
import type { PageName } from './pages.js';
import { logRequests } from './request-log.js';
import { emulateSlowNetwork } from './slow-network.js';

/** A trial: which page, and whether and how its dialog is opened after the load. */
export interface Trial {
  name: string;
  page: PageName;
  /** `slowNetwork`: the opening runs on a slow mobile network (`slow-network.ts`). */
  open?: { launcher: string; protocol: OpenProtocol; slowNetwork?: true };
}

/** A subject and its control, run back to back; several pairs of a round may share a `ratio`. */
export interface TrialPair {
  /** The ratio the pair's samples go to, e.g. `main-thread time: lit-widget ÷ lit-minimal-launcher`. */
  ratio: string;
  subject: Trial;
  control: Trial;
}

/** What a round runs: one trial, or a pair. */
export type TrialUnit = Trial | TrialPair;

/** What one run of a trial measured. */
export interface TrialSample {
  load: LoadSample;
  open: OpenSample | undefined;
}

/** The samples of a run of rounds. */
export interface RunSamples {
  /** By trial name (a paired trial's samples included). */
  trials: Map<string, TrialSample[]>;
  /** `[subject, control]` by ratio name. */
  pairs: Map<string, [TrialSample, TrialSample][]>;
}

/** Where the pages are. */
export interface TrialSite {
  /** The static server's URL; the pages are `<url>/<page>.html`. */
  url: string;
  /** The API base the widget page uses. */
  apiBase: string;
  /** The in-page probe (`PreparedPages.probeScript`). */
  probeScript: string;
}

const isPair = (unit: TrialUnit): unit is TrialPair => 'ratio' in unit;

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
    const load = await measureLoad(measured, requests, url, site.apiBase);
    if (!trial.open) return { load, open: undefined };
    const { launcher, protocol, slowNetwork } = trial.open;
    if (slowNetwork) await emulateSlowNetwork(measured.cdp);
    const open = await measureOpen(measured, requests, launcher, protocol, site.apiBase);
    return { load, open };
  } catch (error) {
    throw new Error(`browser benchmark: trial "${trial.name}" failed`, { cause: error });
  } finally {
    await context.close();
  }
}

/**
 * Runs one warm-up round, then `rounds` rounds of `units`. Each round starts one unit later than
 * the one before, so no unit always follows the same one; within a pair, the subject goes first in
 * every other round (and in every other pair of a round).
 */
export async function runRounds(
  browser: Browser,
  site: TrialSite,
  units: readonly TrialUnit[],
  rounds: number,
): Promise<RunSamples> {
  const samples: RunSamples = { trials: new Map(), pairs: new Map() };
  const keep = (trial: Trial, sample: TrialSample) =>
    samples.trials.set(trial.name, [...(samples.trials.get(trial.name) ?? []), sample]);
  for (let round = -1; round < rounds; round++) {
    const start = (round + 1) % units.length;
    const order = [...units.slice(start), ...units.slice(0, start)];
    for (const [index, unit] of order.entries()) {
      if (!isPair(unit)) {
        const sample = await runTrial(browser, site, unit);
        if (round >= 0) keep(unit, sample);
        continue;
      }
      const subjectFirst = (round + index) % 2 === 0;
      const first = await runTrial(browser, site, subjectFirst ? unit.subject : unit.control);
      const second = await runTrial(browser, site, subjectFirst ? unit.control : unit.subject);
      if (round < 0) continue;
      const [subject, control] = subjectFirst ? [first, second] : [second, first];
      keep(unit.subject, subject);
      keep(unit.control, control);
      samples.pairs.set(unit.ratio, [...(samples.pairs.get(unit.ratio) ?? []), [subject, control]]);
    }
  }
  return samples;
}

/** The sample lists of `samples.trials` for `name`, empty when it has none. */
export const samplesOf = (samples: RunSamples, name: string): TrialSample[] =>
  samples.trials.get(name) ?? [];
