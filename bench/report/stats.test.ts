import { describe, expect, it } from 'vitest';
import { markdownTable } from './markdown-table.js';
import { formatBytes, formatRatio, median, percentile } from './stats.js';

describe('benchmark statistics', () => {
  it('interpolates percentiles of unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46);
    expect(() => median([])).toThrow();
  });

  it('writes ratios and bytes the way the report shows them', () => {
    expect(formatRatio(11, 10)).toBe('1.10×');
    expect(formatRatio(0, 0)).toBe('1.00×');
    expect(formatRatio(3, 0)).toBe('n/a');
    expect(formatBytes(31765)).toBe('31,765 B');
  });

  it('right-aligns the columns that hold figures', () => {
    const table = markdownTable(['what', 'gzip'], [['launcher', '2,004 B']]);
    expect(table.split('\n')).toEqual([
      '| what | gzip |',
      '| --- | ---: |',
      '| launcher | 2,004 B |',
    ]);
  });
});
