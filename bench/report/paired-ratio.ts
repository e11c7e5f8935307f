/**
 * The judged timings of the benchmark: pages loaded in pairs (the subject right before or after its
 * control), summarized as the median of the pairs' ratios with a distribution-free 95 % interval —
 * order statistics of the ratios, whose coverage follows from the binomial distribution, so it
 * holds whatever the shape of the ratios' distribution — and the number of pairs that the spread
 * of the ratios would call for.
 * @internal
 */
import { median } from './stats.js';

/** The coverage the intervals aim at. */
export const intervalCoverage = 0.95;

/** A median ratio with its interval. */
export interface PairedRatio {
  pairs: number;
  median: number;
  /** The interval's ends: order statistics of the ratios. */
  low: number;
  high: number;
  /** The interval's exact coverage (≥ 0.95 from 6 pairs on; below that, min–max and less). */
  coverage: number;
}

/** P(X ≤ k) for X ~ Binomial(n, ½). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return sum;
}

/**
 * The median of `subject[i] / control[i]` over the pairs, with the narrowest symmetric interval of
 * order statistics `[r(k), r(n−k+1)]` whose coverage, 1 − 2·P(X ≤ k−1), is at least 95 %.
 */
export function pairedRatio(pairs: readonly (readonly [number, number])[]): PairedRatio {
  const ratios = pairs.map(([subject, control]) => subject / control).sort((a, b) => a - b);
  const n = ratios.length;
  if (n === 0) throw new Error('a paired ratio needs at least one pair');
  let k = 1;
  while (k < n / 2 && 1 - 2 * binomialHalfCdf(n, k) >= intervalCoverage) k++;
  const coverage = 1 - 2 * binomialHalfCdf(n, k - 1);
  return {
    pairs: n,
    median: median(ratios),
    low: ratios[k - 1] ?? Number.NaN,
    high: ratios[n - k] ?? Number.NaN,
    coverage,
  };
}

/** `1.08× (1.02–1.15)`, or with a note when the interval covers less than 95 %. */
export function formatPairedRatio({ median: middle, low, high, coverage }: PairedRatio): string {
  const interval = `${low.toFixed(2)}–${high.toFixed(2)}`;
  const short = coverage < intervalCoverage ? `, ${(coverage * 100).toFixed(0)} % interval` : '';
  return `${middle.toFixed(2)}× (${interval}${short})`;
}

/**
 * How many pairs would give an interval reaching `relativeHalfWidth` of the median either side of
 * it, for ratios spread like `ratios`: n = (1.96 · 1.2533 · σ / (relativeHalfWidth · median))²,
 * with σ estimated robustly as 1.4826 × the median absolute deviation (σ for a normal
 * distribution; 1.2533·σ/√n is the standard error of a median). At least 6, the fewest pairs a 95 %
 * interval of order statistics can have.
 */
export function pairsNeeded(ratios: readonly number[], relativeHalfWidth: number): number {
  if (ratios.length < 2) return Number.NaN;
  const middle = median(ratios);
  const sigma = 1.4826 * median(ratios.map((ratio) => Math.abs(ratio - middle)));
  return Math.max(6, Math.ceil(((1.96 * 1.2533 * sigma) / (relativeHalfWidth * middle)) ** 2));
}

/** The ratios of some pairs, in pair order. */
export const ratiosOf = (pairs: readonly (readonly [number, number])[]): number[] =>
  pairs.map(([subject, control]) => subject / control);
