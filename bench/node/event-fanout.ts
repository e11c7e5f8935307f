/**
 * Benchmark: many learners following one ticket over two support server instances on one
 * PostgreSQL — the servers' memory before and with the streams open, and how long a desk reply
 * takes to reach the last of them — at two numbers of streams, and how both grow.
 * @internal
 */
import { performance } from 'node:perf_hooks';
import type { SupportServerProcess } from '@opin/tools/support-server';
import { growthSteps } from '../report/growth.js';
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { formatMs, median } from '../report/stats.js';
import { fileTicket, type FiledTicket } from './file-tickets.js';
import { formatMiB, readResidentBytes } from './process-memory.js';
import { postgresSkipped, postgresUrl, withSupportServers } from './support-servers.js';
import { watchTicket, type TicketWatcher } from './ticket-watcher.js';

/** Streams opened at once while connecting the watchers. */
const openingBatch = 50;
/** A reply that has not reached every watcher by then fails the benchmark. */
const arrivalCeilingMs = 120_000;
/** The ticket's owner, who replies. */
const desk = 'opin';

/** Caps off, so that one address may hold every stream on one ticket. */
const settings = {
  api: { rateLimitPerMinute: 0, maxStreamsPerTicket: 0, maxStreamsPerClient: 0 },
  connections: { maxConnections: 0, maxConnectionsPerClient: 0 },
};

/** The figures of one instance at one number of streams on each. */
interface FanoutPoint {
  streams: number;
  residentBytes: number;
  /** From each reply's 2xx answer to the last stream on the instance having its frame. */
  times: number[];
}

/**
 * Starts two server instances on one new PostgreSQL schema, files one ticket through the first,
 * then, at each step, opens streams (`?frames=changes`) until each instance holds the step's
 * number, reads the servers' memory, and sends desk replies to the first instance one at a
 * time; each reply's time runs from its 2xx answer arriving until the last watcher on an
 * instance has the frame of the version the reply made.
 */
export const eventFanout: Benchmark = async ({ quick }) => {
  const steps = quick ? [25, 50] : [100, 1_000];
  const replies = quick ? 3 : 5;
  const title = 'Support server: one ticket followed by many learners over two instances';
  const tools = { node: process.version };
  if (postgresUrl() === undefined) return { title, body: postgresSkipped, tools };

  const result = await withSupportServers('PostgreSQL', settings, 2, async (servers) => {
    const [first] = servers;
    const key = first?.deskKeys[desk];
    if (first === undefined || servers.length !== 2 || key === undefined) {
      throw new Error(`Two servers and the ${desk} desk key are needed.`);
    }
    const ticket = await fileTicket(first.apiBase);
    const before = await Promise.all(servers.map((server) => readResidentBytes(server.pid)));
    const watchers: TicketWatcher[][] = servers.map(() => []);
    const points: FanoutPoint[][] = servers.map(() => []);
    let reply = 0;
    try {
      for (const streams of steps) {
        await Promise.all(
          servers.map((server, index) =>
            openWatchers(server, ticket, streams, watchers[index] ?? []),
          ),
        );
        const open = await Promise.all(servers.map((server) => readResidentBytes(server.pid)));
        const times: number[][] = servers.map(() => []);
        for (let sent = 0; sent < replies; sent++) {
          reply += 1;
          const { version, answeredAt } = await sendReply(first.apiBase, key, ticket.id, reply);
          for (const [index, onServer] of watchers.entries()) {
            const last = Math.max(...(await arrivals(onServer, version)));
            times[index]?.push(last - answeredAt);
          }
        }
        for (const [index, point] of points.entries()) {
          point.push({
            streams,
            residentBytes: open[index] ?? Number.NaN,
            times: times[index] ?? [],
          });
        }
      }
      return { before, points };
    } finally {
      for (const watcher of watchers.flat()) watcher.close();
    }
  });

  const count = (n: number) => n.toLocaleString('en-US');
  const method =
    `On Node ${process.version}, two instances of the built support server (\`--demo\`), each in ` +
    'a process of its own, shared one new PostgreSQL schema, with the stream caps ' +
    '(`maxStreamsPerTicket`, `maxStreamsPerClient`), the connection caps and the rate limits off. ' +
    'One ticket was filed through the first; then event streams of it ' +
    "(`GET /api/v1/tickets/{id}/events?frames=changes`, the learner's token, one loopback " +
    "connection each) were opened from the benchmark's process until each instance held " +
    `${steps.map(count).join(', then ')}, each stream having had its first frame. The memory is ` +
    'the resident set (RSS, `/proc/<pid>/status`) of each server process after the ticket was ' +
    `filed and again with the streams open. At each step the ${desk} desk replied to the learner ` +
    `${replies} times through the first instance (\`POST /api/v1/desk/tickets/{id}/messages\`), ` +
    'one reply after the other once the one before had reached every stream; for each reply, ' +
    'the time runs from its 2xx answer reaching the benchmark to the last stream on an instance ' +
    "delivering the frame of the reply's version to the benchmark's event loop (the second " +
    'instance learns of the change through PostgreSQL). The table gives the median over the ' +
    'replies; memory per stream is the growth of the RSS since the ticket was filed over the ' +
    'streams open, and between two steps, the RSS added over the streams added. Growth is the ratio of a figure at one step to the one at the step before it.';
  const names = ['first (took the replies)', 'second'];
  const rows = names.flatMap((name, index) =>
    (result.points[index] ?? []).map((point) => {
      const grown = point.residentBytes - (result.before[index] ?? Number.NaN);
      return [
        name,
        count(point.streams),
        formatMiB(result.before[index] ?? Number.NaN),
        formatMiB(point.residentBytes),
        `${(grown / point.streams / 1024).toFixed(1)} KiB`,
        formatMs(median(point.times)),
        formatMs(Math.max(...point.times)),
      ];
    }),
  );
  const header = [
    'instance',
    'streams on it',
    'RSS before',
    'RSS with the streams open',
    'memory per stream',
    'reply to last stream, median',
    'slowest reply',
  ];
  const growthRows = names.flatMap((name, index) => {
    const points = result.points[index] ?? [];
    const medians = growthSteps(points.map((p) => ({ size: p.streams, cost: median(p.times) })));
    return medians.map((step, stepIndex) => {
      const from = points[stepIndex];
      const to = points[stepIndex + 1];
      const added = (to?.residentBytes ?? Number.NaN) - (from?.residentBytes ?? Number.NaN);
      return [
        name,
        `${count(step.to)} / ${count(step.from)}`,
        `${step.sizeRatio.toFixed(0)}×`,
        `${step.costRatio.toFixed(2)}×`,
        `${(added / (step.to - step.from) / 1024).toFixed(1)} KiB`,
      ];
    });
  });
  const body = [
    method,
    markdownTable(header, rows),
    markdownTable(
      ['instance', 'step', 'streams', 'reply to last stream, median', 'RSS added per stream added'],
      growthRows,
    ),
  ].join('\n\n');
  return { title, body, tools };
};

/**
 * Opens streams of the ticket on `server`, `openingBatch` at a time, adding them to `watchers`
 * until it holds `count`; resolves once every one has had a frame.
 */
async function openWatchers(
  server: SupportServerProcess,
  ticket: FiledTicket,
  count: number,
  watchers: TicketWatcher[],
): Promise<void> {
  while (watchers.length < count) {
    const batch = Math.min(openingBatch, count - watchers.length);
    const opened = await Promise.allSettled(
      Array.from({ length: batch }, () =>
        watchTicket(server.apiBase, ticket.id, ticket.accessToken),
      ),
    );
    for (const outcome of opened) if (outcome.status === 'fulfilled') watchers.push(outcome.value);
    const failed = opened.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }
  await arrivals(watchers, 1);
}

/** When each watcher had `version`; throws after the ceiling. */
async function arrivals(watchers: readonly TicketWatcher[], version: number): Promise<number[]> {
  let ceiling: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    ceiling = setTimeout(
      () => reject(new Error(`Version ${version} did not reach every stream in time.`)),
      arrivalCeilingMs,
    );
  });
  try {
    return await Promise.race([
      Promise.all(watchers.map((watcher) => watcher.arrivalOf(version))),
      late,
    ]);
  } finally {
    clearTimeout(ceiling);
  }
}

/** A desk reply to the learner; the version it made and when its 2xx answer arrived. */
async function sendReply(
  apiBase: string,
  key: string,
  id: string,
  reply: number,
): Promise<{ version: number; answeredAt: number }> {
  const response = await fetch(`${apiBase}/desk/tickets/${encodeURIComponent(id)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({
      body: `Vastaus ${reply}: kokeile kirjautua uudelleen.`,
      language: 'fi',
      visibility: 'learner',
    }),
  });
  const answeredAt = performance.now();
  const body: unknown = await response.json();
  const version =
    typeof body === 'object' && body !== null && 'version' in body ? body.version : undefined;
  if (!response.ok || typeof version !== 'number') {
    throw new Error(`The desk reply was answered ${response.status}.`);
  }
  return { version, answeredAt };
}
