/**
 * Benchmark: many learners following one ticket over two support server instances on one
 * PostgreSQL — the servers' memory before and with the streams open, and how long a desk reply
 * takes to reach the last of them.
 * @internal
 */
import { performance } from 'node:perf_hooks';
import type { SupportServerProcess } from '@opin/tools/support-server';
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

/**
 * Starts two server instances on one new PostgreSQL schema, files one ticket through the first,
 * opens half the watchers on each instance (`?frames=changes`), then sends desk replies to the
 * first instance one at a time; each reply's time runs from its 2xx answer arriving until the
 * last watcher on an instance has the frame of the version the reply made.
 */
export const eventFanout: Benchmark = async ({ quick }) => {
  const watchersPerServer = quick ? 50 : 1_000;
  const replies = quick ? 3 : 5;
  const title = 'Support server: one ticket followed by many learners over two instances';
  const tools = { node: process.version };
  if (postgresUrl() === undefined) return { title, body: postgresSkipped, tools };

  const result = await withSupportServers('PostgreSQL', settings, 2, async (servers) => {
    const [first, second] = servers;
    if (first === undefined || second === undefined) throw new Error('Two servers are needed.');
    const ticket = await fileTicket(first.apiBase);
    const before = await Promise.all(servers.map((server) => readResidentBytes(server.pid)));
    const watchers = await Promise.all(
      servers.map((server) => openWatchers(server, ticket, watchersPerServer)),
    );
    try {
      const open = await Promise.all(servers.map((server) => readResidentBytes(server.pid)));
      const key = first.deskKeys[desk];
      if (key === undefined) throw new Error(`The demo has no ${desk} desk key.`);
      const times: number[][] = servers.map(() => []);
      for (let reply = 1; reply <= replies; reply++) {
        const { version, answeredAt } = await sendReply(first.apiBase, key, ticket.id, reply);
        for (const [index, onServer] of watchers.entries()) {
          const last = Math.max(...(await arrivals(onServer, version)));
          times[index]?.push(last - answeredAt);
        }
      }
      return { before, open, times };
    } finally {
      for (const watcher of watchers.flat()) watcher.close();
    }
  });

  const method =
    `On Node ${process.version}, two instances of the built support server (\`--demo\`), each in ` +
    'a process of its own, shared one new PostgreSQL schema, with the stream caps ' +
    '(`maxStreamsPerTicket`, `maxStreamsPerClient`), the connection caps and the rate limits off. ' +
    `One ticket was filed through the first; then ${watchersPerServer.toLocaleString('en-US')} ` +
    `event streams of it (\`GET /api/v1/tickets/{id}/events?frames=changes\`, the learner's ` +
    "token, one loopback connection each) were opened on each instance from the benchmark's " +
    'process, and each had its first frame. The memory is the resident set (RSS, ' +
    '`/proc/<pid>/status`) of each server process after the ticket was filed and again with ' +
    `every stream open. Then the ${desk} desk replied to the learner ${replies} times through ` +
    `the first instance (\`POST /api/v1/desk/tickets/{id}/messages\`), one reply after the ` +
    'other once the one before had reached every stream; for each reply, the time runs from its ' +
    '2xx answer reaching the benchmark to the last stream on an instance delivering the frame ' +
    "of the reply's version to the benchmark's event loop (the second instance learns of the " +
    'change through PostgreSQL). The table gives the median over the replies.';
  const rows = ['first (took the replies)', 'second'].map((name, index) => [
    name,
    watchersPerServer.toLocaleString('en-US'),
    formatMiB(result.before[index] ?? Number.NaN),
    formatMiB(result.open[index] ?? Number.NaN),
    formatMs(median(result.times[index] ?? [])),
    formatMs(Math.max(...(result.times[index] ?? []))),
  ]);
  const header = [
    'instance',
    'streams',
    'RSS before',
    'RSS with the streams open',
    'reply to last stream, median',
    'slowest reply',
  ];
  return { title, body: [method, markdownTable(header, rows)].join('\n\n'), tools };
};

/** Opens `count` streams of the ticket on `server`, `openingBatch` at a time. */
async function openWatchers(
  server: SupportServerProcess,
  ticket: FiledTicket,
  count: number,
): Promise<TicketWatcher[]> {
  const watchers: TicketWatcher[] = [];
  try {
    while (watchers.length < count) {
      const batch = Math.min(openingBatch, count - watchers.length);
      const opened = await Promise.all(
        Array.from({ length: batch }, () =>
          watchTicket(server.apiBase, ticket.id, ticket.accessToken),
        ),
      );
      watchers.push(...opened);
    }
    await arrivals(watchers, 1);
    return watchers;
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    throw error;
  }
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
