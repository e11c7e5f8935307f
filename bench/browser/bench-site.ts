/**
 * What every browser benchmark runs on: the mock server in a process of its own (`@opin/tools`),
 * the host pages and the built widget behind one static server, gzipped as a CDN serves them, and
 * a headless Chromium (`scripts/chromium.ts`). Needs the built packages (`pnpm build`).
 * @internal
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
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

/**
 * Other builds of the widget to serve beside `packages/widget/dist`, by name: each is served at
 * `/widget-<name>/` with a copy of the widget page loading it, `widget-<name>.html` (a variant
 * compared in one run by `cold-open/profile-cold-open.ts`).
 */
export type WidgetVariants = Readonly<Record<string, string>>;

/** Starts the site and the browser, runs `measure` on them, and stops everything. */
export async function withBenchSite<T>(
  measure: (bench: BenchSite) => Promise<T>,
  variants: WidgetVariants = {},
): Promise<T> {
  const built = await stat(join(widgetDist, 'opin-support.js')).catch(() => null);
  if (!built) throw new Error(`browser benchmark: ${widgetDist} has no build; run pnpm build`);
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const mock = await startMockServerProcess({ rateLimitPerMinute: 0 });
    cleanups.push(() => mock.stop());
    const pages = await preparePages(mock.apiBase);
    cleanups.push(() => pages.remove());
    const widgetPage = await readFile(join(pages.directory, 'widget.html'), 'utf8');
    for (const name of Object.keys(variants)) {
      const page = widgetPage.replaceAll('/widget/', `/widget-${name}/`);
      await writeFile(join(pages.directory, `widget-${name}.html`), page);
    }
    // Gzipped like a CDN serves it: the slow-network opening pays for compressed bytes.
    const server = await startStaticServer({
      gzip: true,
      mounts: [
        { prefix: '/widget/', directory: widgetDist },
        ...Object.entries(variants).map(([name, directory]) => ({
          prefix: `/widget-${name}/`,
          directory,
        })),
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
