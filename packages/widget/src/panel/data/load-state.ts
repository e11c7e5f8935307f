/**
 * Async work for a component, as one state union (like `@lit/task`): each run aborts the
 * previous one, and leaving the document aborts the current one.
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a piece of loaded data stands. */
export type LoadState<T> =
  | { status: 'initial' }
  | { status: 'pending' }
  | { status: 'complete'; value: T }
  | { status: 'error'; error: unknown };

/** Runs one async job at a time for `host`, re-rendering it on every state change. */
export class Loader<T> implements ReactiveController {
  state: LoadState<T> = { status: 'initial' };
  readonly #host: ReactiveControllerHost;
  #abort: AbortController | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The loaded value, if complete. */
  get value(): T | undefined {
    return this.state.status === 'complete' ? this.state.value : undefined;
  }

  /** Starts `job`, aborting the job before it. Resolves when this job settles (never rejects). */
  async run(job: (signal: AbortSignal) => Promise<T>): Promise<LoadState<T>> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: 'pending' });
    try {
      const value = await job(abort.signal);
      if (!abort.signal.aborted) this.#set({ status: 'complete', value });
    } catch (error) {
      if (!abort.signal.aborted) this.#set({ status: 'error', error });
    }
    return this.state;
  }

  /** Stops the current job and forgets its result. */
  reset(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#set({ status: 'initial' });
  }

  hostDisconnected(): void {
    if (this.state.status === 'pending') this.reset();
    this.#abort?.abort();
  }

  #set(state: LoadState<T>): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
