/**
 * The benchmark's measured pages (Chromium from `scripts/chromium.ts`): with
 * 4× CPU throttling and the CDP `Performance` domain on.
 * @internal
 */
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

/** The CPU slowdown every measured page runs under. */
export const cpuThrottlingRate = 4;

/** The installed playwright-core version. */
export const playwrightVersion: string = (
  createRequire(import.meta.url)('playwright-core/package.json') as { version: string }
).version;

/** A page with its CDP session: throttled, with `Performance` metrics enabled. */
export interface MeasuredPage {
  page: Page;
  cdp: CDPSession;
  /** Total script evaluation time of the page so far (CDP `ScriptDuration`), in ms. */
  scriptMs: () => Promise<number>;
}

/** Prepares a new `page` for measuring: `initScript` runs before page scripts; CPU throttled. */
export async function openMeasuredPage(page: Page, initScript: string): Promise<MeasuredPage> {
  await page.addInitScript({ content: initScript });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
    return seconds * 1000;
  };
  return { page, cdp, scriptMs };
}
