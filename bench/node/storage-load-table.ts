/**
 * The table of the support server's load beside the mock's: per server, the median over rounds of
 * ticket creations per second and of p99 latency, and each as a ratio to the mock loaded in the
 * same round (the median of the rounds' ratios, `paired-ratio.ts`).
 * @internal
 */
import { formatPairedRatio, pairedRatio } from '../report/paired-ratio.js';
import { formatMs, median } from '../report/stats.js';

/** What one load of one server gave. */
export interface LoadRound {
  /** Ticket creations acknowledged with a 201, per second of load. */
  perSecond: number;
  /** autocannon's p99 latency, in milliseconds. */
  p99Ms: number;
}

/** A server and its rounds, in round order. */
export interface LoadedServer {
  name: string;
  rounds: readonly LoadRound[];
}

/** The table's header. */
export const storageLoadHeader = [
  'server',
  'creations/s (median)',
  'ratio to the mock',
  'p99 (median)',
  'p99 ratio to the mock',
];

/** One row per server; `mock`'s rounds pair with every server's rounds of the same index. */
export function storageLoadRows(mock: LoadedServer, servers: readonly LoadedServer[]): string[][] {
  return [mock, ...servers].map((server) => {
    const pairs = (pick: (round: LoadRound) => number) =>
      server.rounds.map((round, index): [number, number] => {
        const control = mock.rounds[index];
        if (control === undefined) throw new Error(`The mock has no round ${index + 1}.`);
        return [pick(round), pick(control)];
      });
    const perSecond = server.rounds.map((round) => round.perSecond);
    const p99 = server.rounds.map((round) => round.p99Ms);
    return [
      server.name,
      `${Math.round(median(perSecond)).toLocaleString('en-US')}/s`,
      formatPairedRatio(pairedRatio(pairs((round) => round.perSecond))),
      formatMs(median(p99)),
      formatPairedRatio(pairedRatio(pairs((round) => round.p99Ms))),
    ];
  });
}
