import { describe, expect, it } from 'vitest';
import { formatSize, growthSteps } from './growth.js';

describe('growth of a cost with size', () => {
  it('divides each point by the one before it, in order of size', () => {
    const steps = growthSteps([
      { size: 10_000, cost: 6 },
      { size: 1_000, cost: 2 },
      { size: 100_000, cost: 30 },
    ]);
    expect(steps).toEqual([
      { from: 1_000, to: 10_000, sizeRatio: 10, costRatio: 3 },
      { from: 10_000, to: 100_000, sizeRatio: 10, costRatio: 5 },
    ]);
  });

  it('has no step for a single point', () => {
    expect(growthSteps([{ size: 1_000, cost: 1 }])).toEqual([]);
  });

  it('names sizes in thousands', () => {
    expect(formatSize(1_000)).toBe('1k');
    expect(formatSize(100_000)).toBe('100k');
    expect(formatSize(1_500)).toBe('1,500');
    expect(formatSize(100)).toBe('100');
  });
});
