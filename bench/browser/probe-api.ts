/**
 * What the in-page probe (`in-page/probe.ts`, injected before any page script) offers the
 * benchmark through `window.__opinBenchProbe`.
 * @internal
 */

/** One long task (> 50 ms) the page's `PerformanceObserver` saw, in page time (ms). */
export interface LongTaskRecord {
  startTime: number;
  duration: number;
}

/** Page times (ms, `performance.now()` origin) of one opening of a dialog. */
export interface OpenMarks {
  /** The first pointer, key or click event after `armOpen()` (its `timeStamp`). */
  activated: number;
  /** Focus reached a rendered heading inside an open `<dialog>`. */
  headingFocused: number;
  /** The first frame after that had been produced (a task after the next animation frame). */
  nextFrame: number;
}

/** One request the page made, from the Resource Timing API, in page time (ms). */
export interface ResourceRecord {
  url: string;
  startTime: number;
  responseEnd: number;
}

/** The probe's functions. */
export interface Probe {
  /** Every long task seen since the page started. */
  longTasks(): LongTaskRecord[];
  /** Resolves after two animation frames and then `quietMs`. */
  settle(quietMs: number): Promise<void>;
  /** Starts watching for an activation and the dialog heading it leads to. */
  armOpen(): void;
  /** The marks of the armed opening; rejects after `timeoutMs`. */
  openMarks(timeoutMs: number): Promise<OpenMarks>;
  /** The requests that started at `since` or later and have finished (Resource Timing). */
  requestsSince(since: number): ResourceRecord[];
}

declare global {
  interface Window {
    /** Installed by the benchmark's init script. */
    __opinBenchProbe: Probe;
  }
}
