/**
 * Calls a function every few seconds while its host is connected. Calls never overlap: a call
 * asked for while one runs is made once that one ends.
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Polls `tick` every `intervalMs` from connect to disconnect. */
export class PollController implements ReactiveController {
  readonly #intervalMs: number;
  readonly #tick: () => Promise<void>;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(host: ReactiveControllerHost, intervalMs: number, tick: () => Promise<void>) {
    this.#intervalMs = intervalMs;
    this.#tick = tick;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => void this.run(), this.#intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Runs `tick` now, or right after the running call; resolves when the data is current. */
  run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#again = false;
    this.#running = this.#loop().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async #loop(): Promise<void> {
    do {
      await this.#tick();
    } while (this.#takeAgain());
  }

  #takeAgain(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }
}
