/**
 * What every browser benchmark runs on: the mock server in a process of its own (`@opin/tools`),
 * the host pages and the built widget behind one static server, gzipped as a CDN serves them, and
 * a headless Chromium (`scripts/chromium.ts`). Needs the built packages (`pnpm build`).
 * @internal
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startMockServerProcess } from '@opin/tools/mock-server';
import { startStaticServer } from '@opin/tools/static-server';
import { launchChromium } from '../../scripts/chromium.js';
import { preparePages } from './pages.js';
import type { TrialSite } from './trials.js';

const widgetDist = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));

/** The running site and browser. */
export interface BenchSite {
  site: TrialSite;
  browser: Browser;
  /** The Chromium version. */
  chromium: string;
}

/** Starts the site and the browser, runs `measure` on them, and stops everything. */
export async function withBenchSite<T>(measure: (bench: BenchSite) => Promise<T>): Promise<T> {
  const built = await stat(join(widgetDist, 'opin-support.js')).catch(() => null);
  if (!built) throw new Error(`browser benchmark: ${widgetDist} has no build; run pnpm build`);
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const mock = await startMockServerProcess({ rateLimitPerMinute: 0 });
    cleanups.push(() => mock.stop());
    const pages = await preparePages(mock.apiBase);
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
    const site = { url: server.url, apiBase: mock.apiBase, probeScript: pages.probeScript };
    return await measure({ site, browser, chromium: browser.version() });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
