/**
 * The cold-opening benchmark (`pnpm bench`, section `cold-open`): a learner on a phone taps the
 * launcher without hovering first, so the panel, its locale and its first data load after the tap.
 * Timed to a focused heading against a native `<dialog>` opened the same way, in pairs, on
 * loopback and on a slow mobile network, both at 4× CPU throttling; with the requests each opening
 * made. `--save-baseline <file>` stores the figures to show beside later runs.
 * @internal
 */
import { resolve } from 'node:path';
import { currentLoadAverage } from '../../report/machine.js';
import type { Benchmark } from '../../report/section.js';
import { withBenchSite } from '../bench-site.js';
import { cpuThrottlingRate, playwrightVersion } from '../launch-browser.js';
import { slowNetworkSummary } from '../slow-network.js';
import { runRounds } from '../trials.js';
import {
  beforeBaselinePath,
  measuredCommit,
  readBaseline,
  saveBaseline,
} from './cold-open-baseline.js';
import { coldOpenFigures } from './cold-open-figures.js';
import { coldOpenTables } from './cold-open-report.js';
import { coldOpenPairs } from './cold-open-trials.js';

/**
 * Pairs per condition, 3 in a quick run: chosen from the spread of a pilot run by the rule of
 * docs/design/quality.md ("Timings") — as many as the suite's run time allows, since the pilot's
 * spread called for far more (bench/analysis.md says what it found).
 */
export const coldOpenRounds = { full: 30, quick: 3 };

export const coldOpen: Benchmark = async ({ quick, saveBaselineTo, command, invokedFrom }) => {
  const rounds = quick ? coldOpenRounds.quick : coldOpenRounds.full;
  if (saveBaselineTo && quick)
    throw new Error('a quick run is not a baseline: run without --quick');
  const measured = saveBaselineTo ? measuredCommit() : undefined;
  const loadAtStart = currentLoadAverage();
  const { figures, chromium } = await withBenchSite(async ({ browser, site, chromium }) => {
    const samples = await runRounds(browser, site, coldOpenPairs, rounds);
    return { figures: coldOpenFigures(samples, rounds), chromium };
  });
  const versions = { chromium, 'playwright-core': playwrightVersion, node: process.version };
  if (saveBaselineTo && measured) {
    const loadAverage = { start: loadAtStart, end: currentLoadAverage() };
    await saveBaseline(resolve(invokedFrom, saveBaselineTo), {
      ...measured,
      figures,
      versions,
      command,
      loadAverage,
    });
  }
  const method =
    `Headless Chromium ${chromium} (playwright-core ${playwrightVersion}), CPU throttled ` +
    `${cpuThrottlingRate}×. The widget page (the small portal page with \`<opin-support>\` in ` +
    'launcher mode) is loaded cold and left idle; then one move-and-click on the launcher, as a ' +
    'tap on a phone: no hover, so nothing was prefetched. Timed from the click’s event timestamp ' +
    'to focus on the panel’s rendered heading inside the open `<dialog>`, and to the next frame. ' +
    'Each opening is paired with one of the native-dialog page (a button opening a `<dialog>` ' +
    'with content like the panel’s first step, clicked the same way) right before or after it, ' +
    'which first alternating; the ratio is the median of the pairs’ ratios (next frame) with its ' +
    'distribution-free 95 % interval. Two conditions: loopback, where the goal of ' +
    'docs/design/quality.md is judged, and a slow mobile network — Lighthouse’s mobile profile, ' +
    `${slowNetworkSummary}, applied to both pages from the end of the load (CDP ` +
    '`Network.emulateNetworkConditions`; the native dialog makes no request). The requests ' +
    'come from the page’s Resource Timing entries that started after the click: start and end ' +
    'relative to it; a request that started only after another had finished is one round trip ' +
    'later, and requests of the same round trip ran in parallel. Files are named without their ' +
    'content hash, API calls by their path.';
  return {
    title: 'Cold opening without hover',
    body: [method, coldOpenTables(figures, readBaseline(beforeBaselinePath))].join('\n\n'),
    tools: versions,
  };
};
