/**
 * The benchmark's measured pages (Chromium from `scripts/chromium.ts`): with 4× CPU throttling and
 * the CDP `Performance` domain on, in thread time.
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

/**
 * Main-thread times of a page so far, in ms of the thread's own CPU time (CDP `Performance.getMetrics`
 * with `timeDomain: 'threadTicks'`, cumulative): on a shared machine it leaves out the time the
 * thread waits for a core. Under CPU throttling it includes the throttler's busy-wait inside the
 * thread, so it grows with the throttling rate as wall time would on a slower CPU.
 */
export interface PageTimes {
  /** Script evaluation (`ScriptDuration`). */
  scriptMs: number;
  /**
   * Every main-thread task (`TaskDuration`: script, style, layout, parsing, …) less the time spent
   * on the benchmark's own DevTools commands (`DevToolsCommandDuration`).
   */
  mainThreadMs: number;
}

/** A page with its CDP session: throttled, with `Performance` metrics enabled. */
export interface MeasuredPage {
  page: Page;
  cdp: CDPSession;
  /** The page's main-thread times so far. */
  times: () => Promise<PageTimes>;
}

/** `after − before`, figure by figure. */
export const timesBetween = (before: PageTimes, after: PageTimes): PageTimes => ({
  scriptMs: after.scriptMs - before.scriptMs,
  mainThreadMs: after.mainThreadMs - before.mainThreadMs,
});

/** Prepares a new `page` for measuring: `initScript` runs before page scripts; CPU throttled. */
export async function openMeasuredPage(page: Page, initScript: string): Promise<MeasuredPage> {
  await page.addInitScript({ content: initScript });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const times = async (): Promise<PageTimes> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      scriptMs: ms('ScriptDuration'),
      mainThreadMs: ms('TaskDuration') - ms('DevToolsCommandDuration'),
    };
  };
  return { page, cdp, times };
}
