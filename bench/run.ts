/**
 * `pnpm bench`: runs every benchmark on the built packages and writes `docs/benchmarks.md` — sizes,
 * the widget's effect on a host page in Chromium, the SDK's overhead and the mock server under
 * load — with the machine and the tool versions. The root's `pnpm bench` builds first, then runs
 * this package's `bench` script:
 *
 *   pnpm bench [--quick] [--only name,name] [--out file] [--save-baseline file]
 *
 * `--quick` is a short run to check the suite works; its figures are not for the report (it
 * writes to a temporary file unless `--out` says otherwise). Names: sizes, host-page, cold-open,
 * sdk-overhead, server-load, support-server-load, desk-queue, event-fanout (the last three need
 * the support server built; PostgreSQL's figures need `OPIN_TEST_DATABASE_URL`).
 * `--save-baseline` stores the cold opening's figures, with the commit measured, for later reports to show beside their own (`bench/baselines/cold-open-before.json`).
 * @internal
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coldOpen } from './browser/cold-open/cold-open.js';
import { hostPage } from './browser/host-page.js';
import { sdkOverhead } from './node/sdk-overhead.js';
import { deskQueue } from './node/desk-queue.js';
import { eventFanout } from './node/event-fanout.js';
import { serverLoad } from './node/server-load.js';
import { supportServerLoad } from './node/support-server-load.js';
import { currentLoadAverage } from './report/machine.js';
import { renderReport } from './report/render-report.js';
import type { Benchmark, BenchSection } from './report/section.js';
import { sizes } from './sizes.js';

const benchmarks: Record<string, Benchmark> = {
  sizes,
  'host-page': hostPage,
  'cold-open': coldOpen,
  'sdk-overhead': sdkOverhead,
  'server-load': serverLoad,
  'support-server-load': supportServerLoad,
  'desk-queue': deskQueue,
  'event-fanout': eventFanout,
};

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    'save-baseline': { type: 'string' },
  },
});
const names = values.only?.split(',').map((name) => name.trim()) ?? Object.keys(benchmarks);
const unknown = names.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benchmarks).join(', ')}`,
  );
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where `pnpm bench` was typed: pnpm runs this package's script in `bench/`. */
const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();
const out = values.out
  ? resolve(invokedFrom, values.out)
  : values.quick
    ? join(tmpdir(), 'opin-benchmarks-quick.md')
    : join(root, 'docs/benchmarks.md');

const command = ['pnpm bench', ...process.argv.slice(2)].join(' ');
const options = {
  quick: values.quick,
  saveBaselineTo: values['save-baseline'],
  command,
  invokedFrom,
};
const loadAverage = { start: currentLoadAverage() };
const sections: BenchSection[] = [];
for (const name of names) {
  const run = benchmarks[name];
  if (!run) continue;
  const started = performance.now();
  process.stdout.write(`${name} … `);
  sections.push(await run(options));
  process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const analysis = await readFile(new URL('analysis.md', import.meta.url), 'utf8');
const report = renderReport({
  sections,
  analysis,
  quick: values.quick,
  command: process.argv.slice(2),
  loadAverage,
});
await mkdir(dirname(out), { recursive: true });
await writeFile(out, report);
console.log(`Wrote ${out}`);
