import { describe, expect, it } from 'vitest';
import { formatPairedRatio, pairedRatio, pairsNeeded } from './paired-ratio.js';

/** Pairs whose ratios are 1.01, 1.02, … (`n` of them), shuffled. */
function pairsWithRatios(n: number): [number, number][] {
  const pairs = Array.from({ length: n }, (_, i): [number, number] => [100 + i + 1, 100]);
  return pairs.sort((a, b) => ((a[0] * 7) % 11) - ((b[0] * 7) % 11));
}

describe('pairedRatio', () => {
  it('takes the median of the ratios, not the ratio of the medians', () => {
    const result = pairedRatio([
      [10, 5],
      [30, 20],
      [100, 100],
    ]);
    expect(result.median).toBe(1.5);
  });

  it('bounds the median by the order statistics of a binomial 95 % interval', () => {
    // n = 15: ranks 4 and 12 (coverage 96.5 %); n = 45: ranks 16 and 30 (96.4 %).
    const fifteen = pairedRatio(pairsWithRatios(15));
    expect([fifteen.low, fifteen.high]).toEqual([1.04, 1.12]);
    expect(fifteen.coverage).toBeCloseTo(0.965, 3);
    const fortyFive = pairedRatio(pairsWithRatios(45));
    expect([fortyFive.low, fortyFive.high]).toEqual([1.16, 1.3]);
    expect(fortyFive.coverage).toBeGreaterThanOrEqual(0.95);
    expect(fortyFive.median).toBeCloseTo(1.23);
  });

  it('says so when too few pairs allow a 95 % interval', () => {
    const three = pairedRatio(pairsWithRatios(3));
    expect([three.low, three.high]).toEqual([1.01, 1.03]);
    expect(formatPairedRatio(three)).toBe('1.02× (1.01–1.03, 75 % interval)');
    expect(formatPairedRatio(pairedRatio(pairsWithRatios(15)))).toBe('1.08× (1.04–1.12)');
  });
});

describe('pairsNeeded', () => {
  it('grows with the square of the spread over the wanted share of the median', () => {
    const narrow = [0.98, 0.99, 1, 1.01, 1.02];
    const wide = narrow.map((r) => 1 + (r - 1) * 4);
    expect(pairsNeeded(narrow, 0.05)).toBe(6);
    expect(pairsNeeded(wide, 0.05)).toBe(Math.ceil(((1.96 * 1.2533 * 1.4826 * 0.04) / 0.05) ** 2));
    expect(pairsNeeded(wide, 0.025)).toBeGreaterThan(3.5 * pairsNeeded(wide, 0.05));
    // The same spread around a median twice as large needs about a quarter of the pairs.
    const wider = narrow.map((r) => 2 + (r - 1) * 20);
    expect(pairsNeeded(wider, 0.05)).toBe(Math.ceil(((1.96 * 1.2533 * 1.4826 * 0.2) / 0.1) ** 2));
  });
});
