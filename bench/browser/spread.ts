/**
 * Medians with their range, for the browser benchmark's tables.
 * @internal
 */
import { formatMs, formatRatio, median } from '../report/stats.js';

/** The median of some samples and their smallest and largest value. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The spread of `samples` (at least one). */
export function spread(samples: readonly number[]): Spread {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** `12.3 ms (10.1–15.2)`: the median, then the range. */
export function formatSpreadMs({ median: middle, min, max }: Spread): string {
  return `${formatMs(middle)} (${min.toFixed(1)}–${max.toFixed(1)})`;
}

/** `0 (max 1)`: a median count and the largest. */
export function formatCount({ median: middle, max }: Spread): string {
  return `${Number.isInteger(middle) ? middle : middle.toFixed(1)} (max ${max})`;
}

/** `+1.2 ms` or `−0.3 ms`: a difference of medians. */
export function formatSignedMs(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${formatMs(Math.abs(ms))}`;
}

/**
 * `1.03× lit (+0.4 ms)`: `value` as a ratio to, and a difference from, `baseline`'s `median`; `—`
 * without a baseline.
 */
export function formatAgainst(
  value: number,
  baseline: { page: string; median: number } | undefined,
): string {
  if (!baseline) return '—';
  const { page, median: base } = baseline;
  return `${formatRatio(value, base)} ${page} (${formatSignedMs(value - base)})`;
}
