/**
 * The API's server clock: real time plus an offset that tests and demos move forward.
 * @internal
 */

const MS_PER_MINUTE = 60_000;

/**
 * How far the clock may be moved ahead of real time in all: 100 years (of 365 days), in minutes.
 * Further, dates would leave the four-digit years of ISO 8601 and, much further, overflow.
 */
export const MAX_CLOCK_OFFSET_MINUTES = 100 * 365 * 24 * 60;

/** Server time that can be advanced, never turned back (except by `reset`). */
export class ApiClock {
  #offsetMs = 0;

  /** The current server time. */
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** The current server time as an ISO 8601 UTC string. */
  nowIso(): string {
    return this.now().toISOString();
  }

  /** Whether the clock can move forward by `minutes` without passing `MAX_CLOCK_OFFSET_MINUTES`. */
  canAdvance(minutes: number): boolean {
    return this.#offsetMs + minutes * MS_PER_MINUTE <= MAX_CLOCK_OFFSET_MINUTES * MS_PER_MINUTE;
  }

  /**
   * Moves the clock forward by `minutes` (a non-negative number), at most
   * `MAX_CLOCK_OFFSET_MINUTES` ahead of real time in all.
   */
  advance(minutes: number): void {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError('The clock only moves forward by a finite number of minutes.');
    }
    if (!this.canAdvance(minutes)) {
      throw new RangeError(
        `The clock moves at most ${MAX_CLOCK_OFFSET_MINUTES} minutes (100 years) ahead of real time.`,
      );
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
