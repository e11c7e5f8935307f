/**
 * One opening of a dialog, measured on a loaded page: from the learner's first pointer event to a
 * visible heading with focus (and the next frame), with the long tasks, the script evaluation and
 * the requests of the opening. `hover-then-click` hovers first and waits for the network to go
 * quiet (the widget prefetches its panel then), as a mouse user does; `click` clicks at once, as a
 * learner on a phone does, so the widget's panel loads after the activation.
 * @internal
 */
import { timesBetween, type MeasuredPage } from './launch-browser.js';
import { settleMs } from './measure-load.js';
import { openingRequests, type OpeningRequest } from './opening-requests.js';
import type { RequestLog } from './request-log.js';

/** How the learner reaches the launcher. */
export type OpenProtocol = 'hover-then-click' | 'click';

/** The figures of one opening. */
export interface OpenSample {
  /** First pointer event → focus on a visible dialog heading, in ms. */
  toFocusMs: number;
  /** First pointer event → the first frame after that, in ms. */
  toFrameMs: number;
  /** Long tasks that ended after the activation, until the idle after the opening. */
  longTaskCount: number;
  /** Their total duration, in ms. */
  longTaskMs: number;
  /** Script evaluation from just before the click to the idle after the opening, in ms. */
  scriptMs: number;
  /** Script evaluation from hovering until the network went quiet (0 without hover), in ms. */
  hoverScriptMs: number;
  /** The requests that started after the activation and finished before the idle after it. */
  requests: OpeningRequest[];
}

const quietMs = 500;
const timeoutMs = 15_000;

/** Opens the dialog behind `launcher` (a selector; it pierces open shadow roots). */
export async function measureOpen(
  { page, times }: MeasuredPage,
  requests: RequestLog,
  launcher: string,
  protocol: OpenProtocol,
  apiBase: string,
): Promise<OpenSample> {
  // The pointer is moved with raw input events: Playwright's locator actions would run their
  // checks as script in the page and count in its script evaluation.
  const box = await page.locator(launcher).boundingBox();
  if (!box) throw new Error(`launcher ${launcher} is not rendered`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  let hoverScriptMs = 0;
  if (protocol === 'hover-then-click') {
    const beforeHover = await times();
    await page.mouse.move(x, y);
    await requests.quiet(quietMs, timeoutMs);
    hoverScriptMs = timesBetween(beforeHover, await times()).scriptMs;
  }
  await page.evaluate(() => window.__opinBenchProbe.armOpen());
  const before = await times();
  await page.mouse.click(x, y);
  const marks = await page.evaluate((ms) => window.__opinBenchProbe.openMarks(ms), timeoutMs);
  await page.evaluate((ms) => window.__opinBenchProbe.settle(ms), settleMs);
  const { scriptMs } = timesBetween(before, await times());
  const longTasks = (await page.evaluate(() => window.__opinBenchProbe.longTasks())).filter(
    (task) => task.startTime + task.duration > marks.activated,
  );
  const resources = await page.evaluate(
    (since) => window.__opinBenchProbe.requestsSince(since),
    marks.activated,
  );
  return {
    toFocusMs: marks.headingFocused - marks.activated,
    toFrameMs: marks.nextFrame - marks.activated,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
    scriptMs,
    hoverScriptMs,
    requests: openingRequests(resources, marks.activated, apiBase),
  };
}
