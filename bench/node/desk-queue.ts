/**
 * Benchmark: the latency of the desk queue's first page (`GET /desk/queue` with the `dev-opin` key)
 * as the support server holds more tickets, on PGlite and on PostgreSQL, and how it grows.
 * @internal
 */
import { performance } from 'node:perf_hooks';
import { formatSize, growthSteps } from '../report/growth.js';
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { formatMs, median, percentile } from '../report/stats.js';
import { fileTickets } from './file-tickets.js';
import { availableStorages, postgresSkipped, withOnePerStorage } from './support-servers.js';

/** Requests in flight while filling. */
const fillConcurrency = 50;
/** Untimed requests before each timed series. */
const warmup = 5;
/** The desk whose queue is read; every bench ticket is filed to it. */
const desk = 'opin';

/** The figures at one size. */
interface QueuePoint {
  size: number;
  medianMs: number;
  p99Ms: number;
  fillSeconds: number;
}

/**
 * With one server per storage running at once (rate limits off): files tickets through the API
 * up to each size on every server at the same time, then times `requests` reads of the queue's
 * first page, one at a time, on one server after the other.
 */
export const deskQueue: Benchmark = async ({ quick }) => {
  const sizes = quick ? [1_000, 2_000] : [1_000, 10_000, 100_000];
  const requests = quick ? 30 : 200;
  const storages = availableStorages();
  const settings = { api: { rateLimitPerMinute: 0 } };
  const measured = await withOnePerStorage(storages, settings, async (servers) => {
    const keys = servers.map((server) => {
      const key = server.deskKeys[desk];
      if (key === undefined) throw new Error(`The demo has no ${desk} desk key.`);
      return key;
    });
    const points: QueuePoint[][] = servers.map(() => []);
    let filed = 0;
    for (const size of sizes) {
      const fillSeconds = await Promise.all(
        servers.map((server) => timeFill(server.apiBase, size - filed)),
      );
      filed = size;
      for (const [index, server] of servers.entries()) {
        const times = await timeFirstPages(server.apiBase, keys[index] ?? '', requests);
        points[index]?.push({
          size,
          medianMs: median(times),
          p99Ms: percentile(times, 0.99),
          fillSeconds: fillSeconds[index] ?? Number.NaN,
        });
      }
    }
    return storages.map((storage, index) => ({ storage, points: points[index] ?? [] }));
  });

  const method =
    `On Node ${process.version}, the built support server (\`--demo\`, rate limits off) ran on ` +
    `${storages.join(' and on ')} at once, each in a process of its own (PGlite in a new data ` +
    'directory, PostgreSQL in a new schema). They were filled at the same time with tickets ' +
    'through the API, not in the database — `POST /api/v1/tickets`, a fresh Idempotency-Key ' +
    `each, ${fillConcurrency} requests in flight per server, every ticket filed to the ${desk} ` +
    `desk and none closed — up to ${sizes.map(formatSize).join(', ')} stored tickets. At each ` +
    `size, one server after the other, after ${warmup} untimed requests, ${requests} requests ` +
    `of \`GET /api/v1/desk/queue\` (its first page: the default limit, 100 tickets) with the ` +
    `${desk} desk's key were sent one at a time over loopback, each timed from sending to the ` +
    'whole body read. Growth is the ratio of a figure at one size to the one at the size before it.';
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
    markdownTable(
      [
        'storage',
        'tickets',
        'median',
        'p99',
        'time to file the tickets added for this size (both servers at once)',
      ],
      rows,
    ),
    markdownTable(['storage', 'step', 'tickets', 'median', 'p99'], growthRows),
    storages.includes('PostgreSQL') ? '' : postgresSkipped,
  ].join('\n\n');
  return {
    title: 'Support server: the desk queue as tickets accumulate',
    body,
    tools: { node: process.version },
  };
};

/** Files `count` more tickets; the seconds it took. */
async function timeFill(apiBase: string, count: number): Promise<number> {
  const started = performance.now();
  await fileTickets(apiBase, count, fillConcurrency);
  return (performance.now() - started) / 1000;
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
