/**
 * One cold page load, measured: main-thread time and script evaluation (CDP `TaskDuration`,
 * `ScriptDuration`) from navigation to the load event plus a short idle, long tasks, and what the
 * page did before any interaction — requests, cookies and storage.
 * @internal
 */
import { timesBetween, type MeasuredPage } from './launch-browser.js';
import type { RequestLog } from './request-log.js';

/** Idle after the load event before reading the figures (after two animation frames). */
export const settleMs = 500;

/** The figures of one load. */
export interface LoadSample {
  /** Script evaluation from navigation to load + idle, in ms (throttled). */
  scriptMs: number;
  /** Main-thread time over the same span, in ms (see `PageTimes`). */
  mainThreadMs: number;
  /** Long tasks (> 50 ms) up to then. */
  longTaskCount: number;
  /** Their total duration, in ms. */
  longTaskMs: number;
  /** Requests before interaction (the document excluded). */
  requests: number;
  /** Of those, requests to the API. */
  apiRequests: number;
  /** Cookies the browser context holds after load. */
  cookies: number;
  /** Entries in `localStorage` and `sessionStorage`, and IndexedDB databases, after load. */
  storageEntries: number;
}

/** Loads `url` in the measured page and reads the figures. `apiBase` tells API requests apart. */
export async function measureLoad(
  { page, times }: MeasuredPage,
  requests: RequestLog,
  url: string,
  apiBase: string,
): Promise<LoadSample> {
  const before = await times();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((ms) => window.__opinBenchProbe.settle(ms), settleMs);
  const { scriptMs, mainThreadMs } = timesBetween(before, await times());
  const longTasks = await page.evaluate(() => window.__opinBenchProbe.longTasks());
  const storage = await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const cookie = document.cookie === '' ? 0 : document.cookie.split(';').length;
    return { entries: localStorage.length + sessionStorage.length + databases.length, cookie };
  });
  const urls = requests.urls();
  const cookies = (await page.context().cookies()).length;
  return {
    scriptMs,
    mainThreadMs,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
    requests: urls.length,
    apiRequests: urls.filter((u) => u.startsWith(apiBase)).length,
    cookies: Math.max(cookies, storage.cookie),
    storageEntries: storage.entries,
  };
}
