/**
 * Where the main thread's time goes in a cold opening without hover (the `cold-open` section's
 * widget trial): a tool, not part of the report. Each run loads the widget page cold at 4× CPU
 * throttling, then records a Chromium trace and a CPU profile from the click until the panel's
 * heading has focus, and prints the medians over the runs: the main thread's time by activity
 * (compiling and evaluating each chunk, other script, style, layout, paint, idle), the script's
 * samples by phase, by source module (the build's source maps name it) and by function.
 *
 *   pnpm build
 *   pnpm --filter @opin/bench run profile:cold-open [--runs 5] [--top 25] [--native] \
 *     [--compare name=dir]…
 *
 * `--compare name=dir` profiles another build of the widget (a copy of an earlier
 * `packages/widget/dist`) in the same run, alternating with this one, and prints both, with the
 * median of the pairs' ratios of time to the focused heading: on a shared machine, variants are
 * compared only within one run. Functions of a compared build are named without source maps.
 * `--native` profiles the native-dialog page the same way (the benchmark's control).
 * @internal
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { markdownTable } from '../../report/markdown-table.js';
import { median } from '../../report/stats.js';
import { withBenchSite } from '../bench-site.js';
import { openMeasuredPage } from '../launch-browser.js';
import { measureLoad } from '../measure-load.js';
import { logRequests } from '../request-log.js';
import type { TrialSite } from '../trials.js';
import { chunkName, cpuBreakdown, type Tally } from './cpu-profile-breakdown.js';
import { SourcePositions } from './source-positions.js';
import {
  mainThreadBreakdown,
  rendererMainThread,
  taskTimeline,
  type TaskSummary,
  type TraceEvent,
} from './trace-breakdown.js';

const widgetDir = fileURLToPath(new URL('../../../packages/widget/', import.meta.url));
const markName = 'opin-profile-click';

/** A page to open: what to click, and the source maps of its widget build (none: no names). */
interface ProfiledPage {
  url: string;
  launcher: string;
  maps: ReadonlyMap<string, SourcePositions>;
}
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  '__metadata',
];

/** What one profiled opening found. */
interface ProfiledOpening {
  toFocusMs: number;
  toFrameMs: number;
  /** Main thread, click → focus, by activity (ms): wall time and the thread's CPU time. */
  mainThread: Tally;
  mainThreadCpu: Tally;
  /** The top-level tasks of the main thread, click → focus. */
  tasks: TaskSummary[];
  byPhase: Tally;
  byModule: Tally;
  byFunction: Tally;
  byPhaseAndModule: Tally;
  ownInclusive: Tally;
}

/**
 * Source maps of the built chunks by chunk name, from a build of the widget like `pnpm build`'s
 * (not written); fails when `dist` was built from other code.
 */
async function builtSourceMaps(): Promise<Map<string, SourcePositions>> {
  const output = await build({
    configFile: join(widgetDir, 'vite.config.ts'),
    root: widgetDir,
    logLevel: 'error',
    build: { write: false },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const maps = new Map<string, SourcePositions>();
  for (const { output: files } of outputs) {
    for (const file of files) {
      if (file.type !== 'chunk' || !file.map) continue;
      const built = await readFile(join(widgetDir, 'dist', file.fileName), 'utf8').catch(() => '');
      if (built !== file.code) {
        throw new Error(`dist/${file.fileName} differs from a fresh build: run pnpm build`);
      }
      maps.set(chunkName(file.fileName), new SourcePositions(file.map));
    }
  }
  return maps;
}

/** One cold opening of `pageUrl`, traced and profiled from the click to the focused heading. */
async function profileOpening(
  browser: Browser,
  site: TrialSite,
  { url: pageUrl, launcher, maps }: ProfiledPage,
): Promise<ProfiledOpening> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = logRequests(page);
    const measured = await openMeasuredPage(page, site.probeScript);
    await measureLoad(measured, requests, pageUrl, site.apiBase);
    const { cdp } = measured;
    const box = await page.locator(launcher).boundingBox();
    if (!box) throw new Error('the launcher is not rendered');
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as TraceEvent[])),
    );
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: categories },
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.__opinBenchProbe.armOpen());
    const markTime = await page.evaluate((name) => performance.mark(name).startTime, markName);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const marks = await page.evaluate(() => window.__opinBenchProbe.openMarks(15_000));
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await complete;
    const thread = rendererMainThread(events, markName);
    // Page time (ms) → trace time (µs), by the mark's time in both.
    const traceUs = (pageMs: number) => thread.markTs + (pageMs - markTime) * 1000;
    const [start, end] = [traceUs(marks.activated), traceUs(marks.headingFocused)];
    const cpu = cpuBreakdown(profile, start, end, maps);
    const mainThread = mainThreadBreakdown(events, { ...thread, start, end });
    return {
      toFocusMs: marks.headingFocused - marks.activated,
      toFrameMs: marks.nextFrame - marks.activated,
      mainThread: mainThread.wall,
      mainThreadCpu: mainThread.thread,
      tasks: taskTimeline(events, { ...thread, start, end }, 1),
      ...cpu,
    };
  } finally {
    await context.close();
  }
}

/** The median of each key over `tallies` (a missing key counts as 0), largest first. */
function medianTally(tallies: readonly Tally[]): [string, number][] {
  const keys = new Set(tallies.flatMap((tally) => [...tally.keys()]));
  return [...keys]
    .map((key): [string, number] => [key, median(tallies.map((tally) => tally.get(key) ?? 0))])
    .sort((a, b) => b[1] - a[1]);
}

const share = (ms: number, of: number) => `${((100 * ms) / of).toFixed(1)} %`;

/** A table of medians with their share of the median time to the focused heading. */
function tallyTable(
  title: string,
  openings: readonly ProfiledOpening[],
  pick: (opening: ProfiledOpening) => Tally,
  top: number,
): string {
  const toFocus = median(openings.map((o) => o.toFocusMs));
  const rows = medianTally(openings.map(pick))
    .slice(0, top)
    .map(([key, ms]) => [key, `${ms.toFixed(1)} ms`, share(ms, toFocus)]);
  return markdownTable([title, 'median', 'share of click → focus'], rows);
}

/** The main thread's activities, in wall time and in thread time (sorted by thread time). */
function mainThreadTable(openings: readonly ProfiledOpening[]): string {
  const toFocus = median(openings.map((o) => o.toFocusMs));
  const wall = new Map(medianTally(openings.map((o) => o.mainThread)));
  const cpu = medianTally(openings.map((o) => o.mainThreadCpu));
  const cpuTotal = cpu.reduce((sum, [, ms]) => sum + ms, 0);
  const rows = cpu
    .filter(([key]) => (wall.get(key) ?? 0) >= 0.5)
    .map(([key, ms]) => {
      const wallMs = wall.get(key) ?? 0;
      return [
        key,
        `${ms.toFixed(1)} ms`,
        share(ms, cpuTotal),
        `${wallMs.toFixed(1)} ms`,
        share(wallMs, toFocus),
      ];
    });
  return markdownTable(
    [
      'main thread, click → focus, by activity (self time)',
      'thread time, median',
      'share of thread time',
      'wall time, median',
      'share of click → focus',
    ],
    rows,
  );
}

/** The tasks of one opening (the median one), each with its three largest activities. */
function timelineTable(openings: readonly ProfiledOpening[]): string {
  const sorted = [...openings].sort((a, b) => a.toFocusMs - b.toFocusMs);
  const opening = sorted[Math.floor((sorted.length - 1) / 2)];
  const rows = (opening?.tasks ?? []).map((task) => {
    const largest = [...task.breakdown.thread]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([activity, ms]) => `${activity} ${ms.toFixed(1)}`)
      .join('; ');
    const cpu = [...task.breakdown.thread.values()].reduce((a, b) => a + b, 0);
    return [
      `${task.atMs.toFixed(1)} ms`,
      `${task.wallMs.toFixed(1)} ms`,
      `${cpu.toFixed(1)} ms`,
      largest,
    ];
  });
  return markdownTable(
    [
      `tasks ≥ 1 ms of the median opening (${opening?.toFocusMs.toFixed(1) ?? '?'} ms), from the click`,
      'wall',
      'thread',
      'largest activities (thread ms)',
    ],
    rows,
  );
}

function report(name: string, openings: readonly ProfiledOpening[], top: number): string {
  const toFocus = median(openings.map((o) => o.toFocusMs));
  const toFrame = median(openings.map((o) => o.toFrameMs));
  return [
    `## ${name}: ${openings.length} cold openings, click → focus ${toFocus.toFixed(1)} ms, → next frame ${toFrame.toFixed(1)} ms (medians)`,
    mainThreadTable(openings),
    timelineTable(openings),
    tallyTable('script samples by phase', openings, (o) => o.byPhase, top),
    tallyTable('script samples by source module (self time)', openings, (o) => o.byModule, top),
    tallyTable('script samples by phase › source module', openings, (o) => o.byPhaseAndModule, top),
    tallyTable('script samples by function (self time)', openings, (o) => o.byFunction, top),
    tallyTable(
      'script samples by the widget’s and the SDK’s own functions (inclusive time)',
      openings,
      (o) => o.ownInclusive,
      top,
    ),
  ].join('\n\n');
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '25' },
    compare: { type: 'string', multiple: true, default: [] },
    native: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const top = Number(values.top);
const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();
const variants = Object.fromEntries(
  values.compare.map((entry) => {
    const [name = '', dir = ''] = entry.split('=');
    if (!/^[\w-]+$/.test(name) || dir === '') throw new Error(`--compare name=dir, not ${entry}`);
    return [name, resolve(invokedFrom, dir)];
  }),
);

const maps = await builtSourceMaps();
const widgetLauncher = 'opin-support [part=launcher]';
const pages = new Map<string, Omit<ProfiledPage, 'url'>>([
  ['widget', { launcher: widgetLauncher, maps }],
  ...Object.keys(variants).map((name): [string, Omit<ProfiledPage, 'url'>] => [
    `widget-${name}`,
    { launcher: widgetLauncher, maps: new Map() },
  ]),
  ...(values.native
    ? [['native-dialog', { launcher: '#bench-native-open', maps: new Map() }] as const]
    : []),
]);
const openings = new Map<string, ProfiledOpening[]>([...pages.keys()].map((name) => [name, []]));
await withBenchSite(async ({ browser, site }) => {
  const page = (name: string): ProfiledPage => {
    const { launcher, maps: pageMaps } = pages.get(name) ?? { launcher: '', maps: new Map() };
    return { url: `${site.url}/${name}.html`, launcher, maps: pageMaps };
  };
  // A first opening warms up the machine and the servers; it is dropped.
  await profileOpening(browser, site, page('widget'));
  for (let run = 0; run < runs; run++) {
    const names = [...pages.keys()];
    for (const name of run % 2 === 0 ? names : names.reverse()) {
      const opening = await profileOpening(browser, site, page(name));
      openings.get(name)?.push(opening);
      console.error(`run ${run + 1}/${runs} ${name}: ${opening.toFocusMs.toFixed(1)} ms`);
    }
  }
}, variants);

for (const [name, list] of openings) console.log(`${report(name, list, top)}\n`);
const current = openings.get('widget') ?? [];
for (const name of [...pages.keys()].slice(1)) {
  const other = openings.get(name) ?? [];
  const ratio = (pick: (o: ProfiledOpening) => number) =>
    median(current.map((o, i) => pick(o) / pick(other[i] ?? o))).toFixed(3);
  const cpu = (o: ProfiledOpening) => [...o.mainThreadCpu.values()].reduce((a, b) => a + b, 0);
  console.log(
    `widget ÷ ${name}, median of ${current.length} pairs: click → focus ${ratio((o) => o.toFocusMs)}×, ` +
      `→ next frame ${ratio((o) => o.toFrameMs)}×, main-thread CPU click → focus ${ratio(cpu)}×`,
  );
}
