/**
 * Calls a function every few seconds while its host is connected. Calls never overlap: a call
 * asked for while one runs is made once that one ends. A host that is sometimes told of changes
 * instead (the desk console with its event stream) passes `onTimer`, which decides on each tick
 * whether to call.
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Polls `tick` every `intervalMs` from connect to disconnect. */
export class PollController implements ReactiveController {
  readonly #intervalMs: number;
  readonly #tick: () => Promise<void>;
  readonly #onTimer: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  /**
   * `onTimer` runs every `intervalMs` instead of `run()` (it may call `run()` itself, or do
   * something that needs no request).
   */
  constructor(
    host: ReactiveControllerHost,
    intervalMs: number,
    tick: () => Promise<void>,
    onTimer?: () => void,
  ) {
    this.#intervalMs = intervalMs;
    this.#tick = tick;
    this.#onTimer = onTimer ?? (() => void this.run());
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(this.#onTimer, this.#intervalMs);
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
