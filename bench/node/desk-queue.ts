/**
 * Benchmark: the latency of the desk queue's first page (`GET /desk/queue` with the opin desk's
 * key) as the support server holds more tickets, on PGlite and on PostgreSQL, and how it grows.
 * Most tickets are copies made in the database (`./copy-tickets.ts`): filing 100,000 through the
 * API would take hours.
 * @internal
 */
import { performance } from 'node:perf_hooks';
import { formatSize, growthSteps } from '../report/growth.js';
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { formatMs, median, percentile } from '../report/stats.js';
import { copiedTicketsMethod, copyTickets } from './copy-tickets.js';
import { readDeskQueue } from './desk-queue-pages.js';
import { fileTickets } from './file-tickets.js';
import {
  availableStorages,
  postgresSkipped,
  withNewDatabase,
  withStarted,
  type Storage,
} from './support-servers.js';

/** Tickets filed through the API on each storage, the models of the rest. */
const filedThroughApi = 500;
/** Requests in flight while filing. */
const fillConcurrency = 50;
/** Untimed requests before each timed series. */
const warmup = 20;
/** The desk whose queue is read; every bench ticket is filed to it. */
const desk = 'opin';
/** Rate limits off, for the filing and the whole-queue check. */
const settings = { api: { rateLimitPerMinute: 0 } };

/** The figures at one size. */
interface QueuePoint {
  size: number;
  medianMs: number;
  p99Ms: number;
  fillSeconds: number;
}

/**
 * On each storage in turn, on a new database: files tickets through the API, then at each size
 * copies them in the database up to it (`./copy-tickets.ts`), starts the server again, checks
 * that the desk queue lists exactly the tickets stored, and times `requests` reads of its first
 * page, one at a time.
 */
export const deskQueue: Benchmark = async ({ quick }) => {
  const sizes = quick ? [1_000, 2_000] : [1_000, 10_000, 100_000];
  const requests = quick ? 30 : 200;
  const storages = availableStorages();
  const measured: { storage: Storage; points: QueuePoint[] }[] = [];
  for (const storage of storages) {
    measured.push({ storage, points: await measureStorage(storage, sizes, requests) });
  }

  const method =
    `On Node ${process.version}, the built support server (\`--demo\`, rate limits off) ran on ` +
    `${storages.join(' and then on ')}, in a process of its own (PGlite in a new data ` +
    'directory, PostgreSQL in a new schema). On each, ' +
    `${filedThroughApi.toLocaleString('en-US')} tickets were filed through the API ` +
    `(\`POST /api/v1/tickets\`, a fresh Idempotency-Key each, ${fillConcurrency} requests in ` +
    `flight, every ticket to the ${desk} desk, none closed); the rest, up to ` +
    `${sizes.map(formatSize).join(', ')} stored tickets, were copies of them: ` +
    `${copiedTicketsMethod}. Filing through the API alone would have taken hours here. After ` +
    'each copy the server was started again, and its desk queue, read whole through the API, ' +
    `had to list every stored ticket exactly once. Then, after ${warmup} untimed requests, ` +
    `${requests} requests of \`GET /api/v1/desk/queue\` (its first page: the default limit, ` +
    `100 tickets) with the ${desk} desk's key were sent one at a time over loopback, each timed ` +
    'from sending to the whole body read. Growth is the ratio of a figure at one size to the ' +
    "one at the size before it. The time to add a size's tickets counts, for the first size, " +
    "the server's first start, the filing and the copying; for the others, the copying.";
  const rows = measured.flatMap(({ storage, points }) =>
    points.map((point) => [
      storage,
      formatSize(point.size),
      formatMs(point.medianMs),
      formatMs(point.p99Ms),
      `${point.fillSeconds.toFixed(1)} s`,
    ]),
  );
  const growthRows = measured.flatMap(({ storage, points }) => {
    const medians = growthSteps(points.map((p) => ({ size: p.size, cost: p.medianMs })));
    const p99s = growthSteps(points.map((p) => ({ size: p.size, cost: p.p99Ms })));
    return medians.map((step, index) => [
      storage,
      `${formatSize(step.to)} / ${formatSize(step.from)}`,
      `${step.sizeRatio.toFixed(0)}×`,
      `${step.costRatio.toFixed(2)}×`,
      `${(p99s[index]?.costRatio ?? Number.NaN).toFixed(2)}×`,
    ]);
  });
  const body = [
    method,
    markdownTable(['storage', 'tickets', 'median', 'p99', "time to add this size's tickets"], rows),
    markdownTable(['storage', 'step', 'tickets', 'median', 'p99'], growthRows),
    storages.includes('PostgreSQL') ? '' : postgresSkipped,
  ].join('\n\n');
  return {
    title: 'Support server: the desk queue as tickets accumulate',
    body,
    tools: { node: process.version },
  };
};

/** The queue's figures at each size on a new database of `storage`. */
function measureStorage(
  storage: Storage,
  sizes: readonly number[],
  requests: number,
): Promise<QueuePoint[]> {
  return withNewDatabase(storage, async (database) => {
    const points: QueuePoint[] = [];
    let stored = 0;
    for (const size of sizes) {
      const started = performance.now();
      if (stored === 0) {
        await withStarted([{ ...settings, database }], ([server]) =>
          fileTickets(server?.apiBase ?? '', filedThroughApi, fillConcurrency),
        );
        stored = filedThroughApi;
      }
      await copyTickets(database, filedThroughApi, size - stored);
      stored = size;
      const fillSeconds = (performance.now() - started) / 1000;
      const times = await withStarted([{ ...settings, database }], async ([server]) => {
        const key = server?.deskKeys[desk];
        if (server === undefined || key === undefined) throw new Error(`No ${desk} desk key.`);
        await checkQueueHolds(server.apiBase, key, size);
        return timeFirstPages(server.apiBase, key, requests);
      });
      points.push({
        size,
        medianMs: median(times),
        p99Ms: percentile(times, 0.99),
        fillSeconds,
      });
    }
    return points;
  });
}

/** Throws unless the desk queue lists `size` tickets, each once. */
async function checkQueueHolds(apiBase: string, key: string, size: number): Promise<void> {
  const ids = (await readDeskQueue(apiBase, key)).map((ticket) => ticket.id);
  const distinct = new Set(ids).size;
  if (ids.length !== size || distinct !== size) {
    throw new Error(
      `The desk queue lists ${ids.length} tickets (${distinct} distinct), not ${size}.`,
    );
  }
}

/** Times `requests` reads of the queue's first page, one at a time, after the warm-up. */
async function timeFirstPages(apiBase: string, key: string, requests: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await readFirstPage(apiBase, key);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await readFirstPage(apiBase, key);
    times.push(performance.now() - started);
  }
  return times;
}

/** One read of the queue's first page; throws unless it is a full page of tickets. */
async function readFirstPage(apiBase: string, key: string): Promise<void> {
  const response = await fetch(`${apiBase}/desk/queue`, {
    headers: { accept: 'application/json', authorization: `Bearer ${key}` },
  });
  const body: unknown = await response.json();
  if (!response.ok || !Array.isArray(body) || body.length !== 100) {
    throw new Error(`GET /desk/queue answered ${response.status} without a full first page.`);
  }
}
