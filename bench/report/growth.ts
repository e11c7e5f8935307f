/**
 * How a cost grows with size: the ratio of each measured point to the one before it, e.g. the
 * queue's median latency at 10k tickets over that at 1k.
 * @internal
 */

/** One measured size and its cost. */
export interface SizedCost {
  size: number;
  cost: number;
}

/** One step from a smaller size to the next one measured. */
export interface GrowthStep {
  from: number;
  to: number;
  /** `to / from`. */
  sizeRatio: number;
  /** The cost at `to` over the cost at `from`. */
  costRatio: number;
}

/** The steps between consecutive points, in order of size. */
export function growthSteps(points: readonly SizedCost[]): GrowthStep[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  return sorted.slice(1).map((point, index) => {
    const before = sorted[index] ?? point;
    return {
      from: before.size,
      to: point.size,
      sizeRatio: point.size / before.size,
      costRatio: point.cost / before.cost,
    };
  });
}

/** A size the way the report names it: `1k`, `10k`, `100k`, or the number below a thousand. */
export function formatSize(size: number): string {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : size.toLocaleString('en-US');
}
