/**
 * Benchmark: what the SDK's learner client costs per call over a raw `fetch` + `response.json()`
 * of the same endpoint, against the mock HTTP server on loopback.
 * @internal
 */
import { startMockServer } from '@opin/support-mock-server/node';
import { createSupportClient } from '@opin/support-sdk';
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { formatMs, formatRatio, median, percentile } from '../report/stats.js';
import { timeInterleaved } from './interleave.js';
import { benchTicketRequest } from './ticket-request.js';
import { packageVersion } from '../report/versions.js';

/** One endpoint, called both ways. */
interface Case {
  name: string;
  sdk: () => Promise<unknown>;
  raw: () => Promise<unknown>;
}

/**
 * Times `getTicket` (with the learner token of a ticket filed first) and `listTopics` against a
 * raw `fetch` of the same URL with the same headers, alternating SDK and raw calls after a
 * warm-up: 400 timed calls of each (60 when quick). Reports medians, p90s and SDK/raw ratios.
 */
export const sdkOverhead: Benchmark = async ({ quick }) => {
  const iterations = quick ? 60 : 400;
  const warmup = quick ? 10 : 40;
  const zodVersion = packageVersion(
    'zod',
    new URL('../../packages/sdk/package.json', import.meta.url),
  );
  const server = await startMockServer({ port: 0, rateLimitPerMinute: 0 });
  try {
    const base = server.apiBase;
    const client = createSupportClient({ baseUrl: base });
    const { ticket, accessToken } = await client.createTicket(benchTicketRequest);
    const access = { id: ticket.id, accessToken };
    const cases: Case[] = [
      {
        name: '`GET /tickets/{id}` (learner token)',
        sdk: () => client.getTicket(access),
        raw: () =>
          rawJson(`${base}/tickets/${encodeURIComponent(access.id)}`, {
            authorization: `Bearer ${accessToken}`,
          }),
      },
      {
        name: '`GET /topics?locale=fi`',
        sdk: () => client.listTopics({ locale: 'fi' }),
        raw: () => rawJson(`${base}/topics?locale=fi`),
      },
    ];
    const rows: string[][] = [];
    for (const { name, sdk, raw } of cases) {
      const times = await timeInterleaved(sdk, raw, { warmup, iterations });
      const [sdkMedian, rawMedian] = [median(times.a), median(times.b)];
      rows.push([
        name,
        formatMs(sdkMedian),
        formatMs(percentile(times.a, 0.9)),
        formatMs(rawMedian),
        formatMs(percentile(times.b, 0.9)),
        formatRatio(sdkMedian, rawMedian),
      ]);
    }
    const method =
      `Each call was timed ${iterations} times through the SDK's learner client and ${iterations} ` +
      'times as a raw `fetch` of the same URL and headers plus `response.json()`, alternating ' +
      `SDK and raw (ABAB…) after ${warmup} untimed rounds, against the mock server in the same ` +
      `process (Node ${process.version}, zod ${zodVersion}); on top of the raw call the SDK reads ` +
      'the body inside a per-attempt timeout, checks the content type, validates the JSON ' +
      "against the contract's zod/mini schema, keeps its retry bookkeeping and maps failures " +
      'to typed errors.';
    const header = [
      'call',
      'SDK median',
      'SDK p90',
      'raw median',
      'raw p90',
      'SDK / raw (medians)',
    ];
    return {
      title: 'SDK overhead per call',
      body: [method, markdownTable(header, rows)].join('\n\n'),
      tools: { node: process.version, zod: zodVersion },
    };
  } finally {
    await server.close();
  }
};

async function rawJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`);
  return response.json();
}
