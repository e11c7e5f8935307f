/**
 * The console's one notion of now: this computer's clock plus how far the mock server's clock was
 * moved ahead (`GET /_mock/clock`, `offsetMinutes`). Ticket ages and due times are measured at it,
 * so **Advance server clock** ages tickets and makes answers overdue as the server sees them.
 * Against a backend without `/_mock` (404, or no answer at all) the offset is 0; it is then not
 * asked again until a forced read.
 * @internal
 */
import { isSupportHttpError, isSupportNetworkError } from '@opin/support-sdk';
import type { MockControl } from '@opin/support-mock-server/control';

const MINUTE_MS = 60_000;

/** The console's clock; one per played desk (it lives in the console's services). */
export class ConsoleClock {
  readonly #mock: Pick<MockControl, 'clock'>;
  #offsetMs = 0;
  /** The backend has no mock clock (404 or no answer): do not ask on every refresh. */
  #absent = false;

  constructor(mock: Pick<MockControl, 'clock'>) {
    this.#mock = mock;
  }

  /** Now by the console: this computer's time plus the server clock's offset. */
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /**
   * Reads the server clock's offset; `force` reads it even after the backend showed it has no mock
   * clock. Never rejects: after any failure the offset is 0.
   */
  async sync(force = false): Promise<void> {
    if (this.#absent && !force) return;
    try {
      const { offsetMinutes } = await this.#mock.clock();
      this.#offsetMs = offsetMinutes * MINUTE_MS;
      this.#absent = false;
    } catch (error) {
      this.#offsetMs = 0;
      this.#absent =
        isSupportNetworkError(error) || (isSupportHttpError(error) && error.status === 404);
    }
  }
}
