/**
 * Benchmark: ticket creations per second of the mock HTTP server on loopback at 50 connections,
 * with the proof that every acknowledged creation is exactly one stored ticket
 * (docs/design/quality.md).
 * @internal
 */
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { formatMs } from '../report/stats.js';
import { startMockServerProcess } from '@opin/tools/mock-server';
import { runProvenLoad } from './proven-load.js';
import type { TicketLoad } from './ticket-load.js';
import { packageVersion } from '../report/versions.js';

/** Concurrent connections of every ticket-creation load. */
export const connections = 50;

/**
 * Loads a fresh mock server process (rate limit off) with `POST /tickets` from autocannon for 10 s (2 s
 * when quick), each request with a new Idempotency-Key; resends the requests left unanswered with
 * their key, then lists the server's tickets through the desk queues. Throws unless every
 * acknowledged creation is exactly one new ticket and no other ticket was stored.
 */
export const serverLoad: Benchmark = async ({ quick }) => {
  const seconds = quick ? 2 : 10;
  const autocannonVersion = packageVersion('autocannon', import.meta.url);
  const server = await startMockServerProcess({ rateLimitPerMinute: 0 });
  try {
    const { load, replayed, proof } = await runProvenLoad(server, connections, seconds);

    const method =
      `autocannon ${autocannonVersion} on Node ${process.version} sent \`POST /api/v1/tickets\` ` +
      `over ${connections} loopback connections for ${seconds} s, each request with a fresh ` +
      'Idempotency-Key, to the built mock server (rate limit off) in a Node process of its own; ' +
      'requests left unanswered when the load stopped were resent with their key, as a client ' +
      "would, and the server's tickets were then listed through every desk's queue.";
    const body = [
      method,
      markdownTable(['figure', 'value'], figureRows(load, replayed)),
      `Exactly once: ${proof}`,
    ].join('\n\n');
    return {
      title: 'Mock server: ticket creations under load',
      body,
      tools: { autocannon: autocannonVersion, node: process.version },
    };
  } finally {
    await server.stop();
  }
};

function figureRows(load: TicketLoad, replayed: number): string[][] {
  const { result } = load;
  const count = (n: number) => n.toLocaleString('en-US');
  const perSecond = (n: number) => `${count(Math.round(n))}/s`;
  return [
    [
      'ticket creations (201s received) per second',
      perSecond(load.acknowledged.size / result.duration),
    ],
    ['latency p50', formatMs(result.latency.p50)],
    ['latency p90', formatMs(result.latency.p90)],
    ['latency p99', formatMs(result.latency.p99)],
    ['responses per 1 s sample, lowest', perSecond(result.requests.min)],
    ['responses per 1 s sample, highest', perSecond(result.requests.max)],
    ['requests sent', count(result.requests.sent)],
    ['responses received', count(result.requests.total)],
    ['non-2xx responses', count(result.non2xx)],
    ['connection errors', count(result.errors)],
    ['of those, timeouts', count(result.timeouts)],
    ['unanswered when the load stopped, resent with their key', count(load.unanswered.size)],
    ['of those, replays of a ticket filed during the load', count(replayed)],
    ['load duration', `${count(Math.round(result.duration * 1000))} ms`],
  ];
}
