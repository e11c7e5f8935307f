/**
 * Benchmark: ticket creations per second and p99 latency at 50 connections of the support server
 * on PGlite and on PostgreSQL, beside the mock server under the same load in the same run.
 * @internal
 */
import { startMockServerProcess } from '@opin/tools/mock-server';
import { markdownTable } from '../report/markdown-table.js';
import type { Benchmark } from '../report/section.js';
import { packageVersion } from '../report/versions.js';
import { runProvenLoad, type LoadTarget } from './proven-load.js';
import { connections } from './server-load.js';
import { storageLoadHeader, storageLoadRows, type LoadRound } from './storage-load-table.js';
import { availableStorages, postgresSkipped, withOnePerStorage } from './support-servers.js';

const rateLimitOff = { api: { rateLimitPerMinute: 0 } };

/**
 * Starts the mock and the support server on every available storage, each in a process of its
 * own with the rate limits off, then loads them in turn (mock first) for 10 s each, three rounds
 * (one round of 2 s when quick); every load is proven exactly-once as in `server-load.ts`.
 */
export const supportServerLoad: Benchmark = async ({ quick }) => {
  const seconds = quick ? 2 : 10;
  const rounds = quick ? 1 : 3;
  const storages = availableStorages();
  const autocannonVersion = packageVersion('autocannon', import.meta.url);
  const mock = await startMockServerProcess({ rateLimitPerMinute: 0 });
  try {
    const measured = await withOnePerStorage(storages, rateLimitOff, async (servers) => {
      const targets: LoadTarget[] = [mock, ...servers];
      const results: LoadRound[][] = targets.map(() => []);
      const proofs: string[][] = targets.map(() => []);
      for (let round = 0; round < rounds; round++) {
        for (const [index, target] of targets.entries()) {
          const { load, proof } = await runProvenLoad(target, connections, seconds);
          results[index]?.push({
            perSecond: load.acknowledged.size / load.result.duration,
            p99Ms: load.result.latency.p99,
          });
          proofs[index]?.push(proof);
        }
      }
      return { results, proofs };
    });
    const names = ['mock', ...storages.map((storage) => `support server on ${storage}`)];
    const loaded = names.map((name, index) => ({ name, rounds: measured.results[index] ?? [] }));
    const [mockLoaded, ...serversLoaded] = loaded;
    if (mockLoaded === undefined) throw new Error('The mock was not loaded.');

    const roundsText = rounds === 1 ? 'one round' : `${rounds} rounds`;
    const method =
      `autocannon ${autocannonVersion} on Node ${process.version} sent \`POST /api/v1/tickets\` ` +
      `over ${connections} loopback connections for ${seconds} s, each request with a fresh ` +
      'Idempotency-Key, to the built mock server and to the built support server (`--demo`) on ' +
      `${storages.join(' and on ')}, each in a Node process of its own with the rate limits off ` +
      '(PGlite in a new data directory, PostgreSQL in a new schema). All were started before the ' +
      `first load and loaded one after the other, the mock first, in ${roundsText}; requests ` +
      'left unanswered were resent with their key and every load was proven exactly-once through ' +
      'the desk queues, as for the mock above. Creations per second count 201s received during the ' +
      "load. Each ratio is the median over rounds of the server's figure over the mock's in the " +
      'same round, with its interval; the absolute figures are for information.';
    const proofLines = names.map(
      (name, index) => `- ${name}: ${(measured.proofs[index] ?? []).join(' ')}`,
    );
    const body = [
      method,
      markdownTable(storageLoadHeader, storageLoadRows(mockLoaded, serversLoaded)),
      `Exactly once, per load:\n\n${proofLines.join('\n')}`,
      storages.includes('PostgreSQL') ? '' : postgresSkipped,
    ].join('\n\n');
    return {
      title: 'Support server: ticket creations under load, beside the mock',
      body,
      tools: { autocannon: autocannonVersion, node: process.version },
    };
  } finally {
    await mock.stop();
  }
};
