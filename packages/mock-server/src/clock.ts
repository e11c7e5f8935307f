/**
 * The mock server's clock: real time plus an offset that tests and demos move forward.
 * @internal
 */

const MS_PER_MINUTE = 60_000;

/** Server time that can be advanced, never turned back (except by `reset`). */
export class MockClock {
  #offsetMs = 0;

  /** The current server time. */
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** The current server time as an ISO 8601 UTC string. */
  nowIso(): string {
    return this.now().toISOString();
  }

  /** Moves the clock forward by `minutes` (a non-negative number). */
  advance(minutes: number): void {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError('The clock only moves forward by a finite number of minutes.');
    }
    this.#offsetMs += minutes * MS_PER_MINUTE;
  }

  /** Minutes the clock has been moved forward. */
  get offsetMinutes(): number {
    return this.#offsetMs / MS_PER_MINUTE;
  }

  /** Back to real time. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
