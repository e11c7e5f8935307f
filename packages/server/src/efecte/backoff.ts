/**
 * How long a connector loop waits before trying Efecte again after a failure: doubling from
 * `baseMs` to `maxMs`, reset by a success.
 * @internal
 */

/** A backoff's state. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly baseMs: number,
    private readonly maxMs: number,
  ) {}

  /** The wait after one more failure. */
  next(): number {
    this.failures += 1;
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.min(this.failures - 1, 20));
  }

  /** A success: the next failure waits `baseMs` again. */
  reset(): void {
    this.failures = 0;
  }
}
