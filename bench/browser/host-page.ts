/**
 * The browser benchmark (`pnpm bench`, section "What a host page pays"): the widget's cost at
 * page load and the time to open it, in headless Chromium with 4× CPU throttling, against the
 * same page without it, with a minimal Lit element, and with a native `<dialog>`.
 * @internal
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version as esbuildVersion } from 'esbuild';
import { startMockServer } from '@opin/support-mock-server/node';
import { startStaticServer } from '@opin/tools/static-server';
import type { Benchmark } from '../report/section.js';
import { launchChromium } from '../../scripts/chromium.js';
import { playwrightVersion } from './launch-browser.js';
import { describeRun } from './describe-run.js';
import { preparePages } from './pages.js';
import { runRounds } from './trials.js';

const widgetDist = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));

/** Rounds (loads per trial, openings per opening trial): 15, or 3 in a quick run. */
const roundsFor = (quick: boolean) => (quick ? 3 : 15);

/**
 * Measures what embedding `<opin-support>` costs a host page in Chromium: script evaluation and
 * long tasks at load, requests, cookies and storage before interaction, and the time from
 * activating the launcher to the panel's heading having focus (warm and cold), each against a
 * baseline page measured in the same run. Needs the built widget (`pnpm build`).
 */
export const hostPage: Benchmark = async ({ quick }) => {
  const built = await stat(join(widgetDist, 'opin-support.js')).catch(() => null);
  if (!built) throw new Error(`browser benchmark: ${widgetDist} has no build; run pnpm build`);
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const mock = await startMockServer({ port: 0, rateLimitPerMinute: 0 });
    cleanups.push(() => mock.close());
    const pages = await preparePages(mock.apiBase, widgetDist);
    cleanups.push(() => pages.remove());
    // Gzipped like a CDN serves it: the slow-network opening pays for compressed bytes.
    const server = await startStaticServer({
      gzip: true,
      mounts: [
        { prefix: '/widget/', directory: widgetDist },
        { prefix: '/', directory: pages.directory },
      ],
    });
    cleanups.push(() => server.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const rounds = roundsFor(quick);
    const site = { url: server.url, apiBase: mock.apiBase, probeScript: pages.probeScript };
    const samples = await runRounds(browser, site, rounds);
    const chromium = browser.version();
    return {
      title: 'What a host page pays (Chromium)',
      body: describeRun(samples, { chromium, playwright: playwrightVersion, rounds, quick }),
      tools: { chromium, 'playwright-core': playwrightVersion, esbuild: esbuildVersion },
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
};
