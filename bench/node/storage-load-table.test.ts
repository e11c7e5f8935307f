import { describe, expect, it } from 'vitest';
import { storageLoadHeader, storageLoadRows } from './storage-load-table.js';

describe('the support server load beside the mock', () => {
  const mock = {
    name: 'mock',
    rounds: [
      { perSecond: 1000, p99Ms: 10 },
      { perSecond: 800, p99Ms: 20 },
      { perSecond: 900, p99Ms: 10 },
    ],
  };
  const pglite = {
    name: 'PGlite',
    rounds: [
      { perSecond: 500, p99Ms: 30 },
      { perSecond: 200, p99Ms: 80 },
      { perSecond: 300, p99Ms: 20 },
    ],
  };

  it('pairs each round with the mock of the same round', () => {
    const rows = storageLoadRows(mock, [pglite]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'mock',
      '900/s',
      '1.00× (1.00–1.00, 75 % interval)',
      '10.0 ms',
      '1.00× (1.00–1.00, 75 % interval)',
    ]);
    // Ratios per round: 0.50, 0.25, 0.33 creations; 3, 4, 2 p99.
    expect(rows[1]).toEqual([
      'PGlite',
      '300/s',
      '0.33× (0.25–0.50, 75 % interval)',
      '30.0 ms',
      '3.00× (2.00–4.00, 75 % interval)',
    ]);
    expect(rows[1]).toHaveLength(storageLoadHeader.length);
  });

  it('refuses a server with more rounds than the mock', () => {
    const extra = { name: 'PostgreSQL', rounds: [...pglite.rounds, { perSecond: 1, p99Ms: 1 }] };
    expect(() => storageLoadRows(mock, [extra])).toThrow(/no round 4/);
  });
});
