/**
 * One part of the benchmark report (`docs/benchmarks.md`): each benchmark returns a section, and
 * `bench/run.ts` writes them in order under a header naming the machine and the tools.
 * @internal
 */
export interface BenchSection {
  /** The section heading, e.g. `Bytes on the wire`. */
  title: string;
  /** Markdown under the heading: a sentence on what was measured and how, then tables. */
  body: string;
  /** Tools and versions this section's figures come from, e.g. `{ chromium: '140.0.…' }`. */
  tools: Record<string, string>;
}

/** What every benchmark is given by `bench/run.ts`. */
export interface BenchOptions {
  /**
   * A short run to check the benchmark works (`pnpm bench --quick`): fewer runs, shorter load.
   * Figures from a quick run are not for the report's conclusions.
   */
  quick: boolean;
  /** `--save-baseline <file>`: where the cold opening stores its figures as a baseline. */
  saveBaselineTo: string | undefined;
  /** How the run was started, e.g. `pnpm bench --only cold-open`. */
  command: string;
  /** The folder `pnpm bench` was typed in (relative paths of options are from there). */
  invokedFrom: string;
}

/** A benchmark: measures, then describes what it measured. */
export type Benchmark = (options: BenchOptions) => Promise<BenchSection>;
