/**
 * Small statistics for benchmark runs: medians, percentiles and ratios, rounded for reports.
 * @internal
 */

/** The value at `fraction` (0…1) of the sorted samples, linearly interpolated. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

/** The median of the samples. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** `value / baseline` with two decimals and a `×`, e.g. `1.04×`; `n/a` when the baseline is 0. */
export function formatRatio(value: number, baseline: number): string {
  if (baseline === 0) return value === 0 ? '1.00×' : 'n/a';
  return `${(value / baseline).toFixed(2)}×`;
}

/** Milliseconds with one decimal, e.g. `12.3 ms`. */
export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** Whole bytes with thousands separators, e.g. `12,235 B`. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B`;
}
