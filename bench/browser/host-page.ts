/**
 * The host-page benchmark (`pnpm bench`, section "What a host page pays"): the widget's cost at
 * page load and the time to open it after a hover, in headless Chromium with 4× CPU throttling,
 * against the same page with the facade control, without the widget, with a React application of
 * its own, and with a native `<dialog>`.
 * @internal
 */
import type { Benchmark } from '../report/section.js';
import { withBenchSite } from './bench-site.js';
import { describeRun } from './describe-run.js';
import { hostPageUnits } from './host-page-trials.js';
import { playwrightVersion } from './launch-browser.js';
import { runRounds } from './trials.js';

/** Rounds (loads per single trial; pairs per round are in `host-page-trials.ts`): 15, or 3 in a quick run. */
const roundsFor = (quick: boolean) => (quick ? 3 : 15);

/**
 * Measures what embedding `<opin-support>` costs a host page in Chromium: main-thread time,
 * script evaluation and long tasks at load, requests, cookies and storage before interaction, and
 * the time from activating the launcher after a hover to the panel's heading having focus, each
 * against a baseline page measured in the same run. Needs the built packages (`pnpm build`).
 */
export const hostPage: Benchmark = async ({ quick }) => {
  const rounds = roundsFor(quick);
  return withBenchSite(async ({ browser, site, chromium }) => {
    const samples = await runRounds(browser, site, hostPageUnits, rounds);
    return {
      title: 'What a host page pays (Chromium)',
      body: describeRun(samples, { chromium, playwright: playwrightVersion, rounds, quick }),
      tools: { chromium, 'playwright-core': playwrightVersion },
    };
  });
};
