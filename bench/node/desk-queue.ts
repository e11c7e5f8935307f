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
/** The desk every bench ticket is filed to, whose first page is full. */
const desk = 'opin';
/** A desk that holds none of the tickets: its queue is empty however many others hold. */
const otherDesk = 'helsinki';
/** Rate limits off, for the filing and the whole-queue check. */
const settings = { api: { rateLimitPerMinute: 0 } };

/** The figures at one size. */
interface QueuePoint {
  size: number;
  /** Each desk's times, `desk` first. */
  desks: { medianMs: number; p99Ms: number }[];
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
    `${copiedTicketsMethod}. After each copy the server was started again, and its desk ` +
    'queue, read whole through the API, ' +
    `had to list every stored ticket exactly once. Then, for each of two desks — ${desk}, which ` +
    `holds every ticket, and ${otherDesk}, which holds none — after ${warmup} untimed requests, ` +
    `${requests} requests of \`GET /api/v1/desk/queue\` (its first page: the default limit, ` +
    `100 tickets; for ${otherDesk}, none) with the desk's key were sent one at a time over ` +
    'loopback, each timed from sending to the whole body read. Growth is the ratio of a figure at one size to the ' +
    "one at the size before it. The time to add a size's tickets counts, for the first size, " +
    "the server's first start, the filing and the copying; for the others, the copying.";
  const queues = [`${desk} (holds every ticket)`, `${otherDesk} (holds none)`];
  const rows = measured.flatMap(({ storage, points }) =>
    queues.flatMap((queue, queueIndex) =>
      points.map((point) => [
        storage,
        queue,
        formatSize(point.size),
        formatMs(point.desks[queueIndex]?.medianMs ?? Number.NaN),
        formatMs(point.desks[queueIndex]?.p99Ms ?? Number.NaN),
        queueIndex === 0 ? `${point.fillSeconds.toFixed(1)} s` : '',
      ]),
    ),
  );
  const growthRows = measured.flatMap(({ storage, points }) =>
    queues.flatMap((queue, queueIndex) => {
      const at = (p: QueuePoint) => p.desks[queueIndex] ?? { medianMs: NaN, p99Ms: NaN };
      const medians = growthSteps(points.map((p) => ({ size: p.size, cost: at(p).medianMs })));
      const p99s = growthSteps(points.map((p) => ({ size: p.size, cost: at(p).p99Ms })));
      return medians.map((step, index) => [
        storage,
        queue,
        `${formatSize(step.to)} / ${formatSize(step.from)}`,
        `${step.sizeRatio.toFixed(0)}×`,
        `${step.costRatio.toFixed(2)}×`,
        `${(p99s[index]?.costRatio ?? Number.NaN).toFixed(2)}×`,
      ]);
    }),
  );
  const body = [
    method,
    markdownTable(
      ['storage', 'queue', 'tickets', 'median', 'p99', "time to add this size's tickets"],
      rows,
    ),
    markdownTable(['storage', 'queue', 'step', 'tickets', 'median', 'p99'], growthRows),
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
      const desks = await withStarted([{ ...settings, database }], async ([server]) => {
        const key = server?.deskKeys[desk];
        const otherKey = server?.deskKeys[otherDesk];
        if (server === undefined || key === undefined || otherKey === undefined) {
          throw new Error(`No ${desk} or ${otherDesk} desk key.`);
        }
        await checkQueueHolds(server.apiBase, key, size);
        const full = await timeFirstPages(server.apiBase, key, requests, 100);
        const empty = await timeFirstPages(server.apiBase, otherKey, requests, 0);
        return [full, empty].map((times) => ({
          medianMs: median(times),
          p99Ms: percentile(times, 0.99),
        }));
      });
      points.push({ size, desks, fillSeconds });
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

/**
 * Times `requests` reads of the queue's first page, one at a time, after the warm-up; each must
 * list `length` tickets.
 */
async function timeFirstPages(
  apiBase: string,
  key: string,
  requests: number,
  length: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await readFirstPage(apiBase, key, length);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await readFirstPage(apiBase, key, length);
    times.push(performance.now() - started);
  }
  return times;
}

/** One read of the queue's first page; throws unless it lists `length` tickets. */
async function readFirstPage(apiBase: string, key: string, length: number): Promise<void> {
  const response = await fetch(`${apiBase}/desk/queue`, {
    headers: { accept: 'application/json', authorization: `Bearer ${key}` },
  });
  const body: unknown = await response.json();
  if (!response.ok || !Array.isArray(body) || body.length !== length) {
    throw new Error(`GET /desk/queue answered ${response.status}, not a page of ${length}.`);
  }
}
