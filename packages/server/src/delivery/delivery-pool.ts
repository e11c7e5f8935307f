/**
 * The delivery loop both queues share: claim a due delivery, attempt it with no transaction open,
 * claim the next, with at most `size` attempts in flight. `fill` claims until the pool is full or
 * nothing is due and returns at once, leaving the attempts to run on (a hanging receiver holds its
 * slot, not the loop); `drain` delivers until nothing is due and waits for every attempt (the
 * outbox, one e-mail after the other). An attempt records its own outcome; a failure to record it
 * (the database) goes to the caller.
 * @internal
 */

/** Claims one due delivery, or `undefined` when none is due and free. */
export type ClaimNext<T> = () => Promise<T | undefined>;

/** Delivers a claimed delivery and records the outcome. */
export type Attempt<T> = (delivery: T) => Promise<void>;

/** At most `size` deliveries in flight; see the module comment. */
export class DeliveryPool<T> {
  readonly #size: number;
  readonly #claim: ClaimNext<T>;
  readonly #attempt: Attempt<T>;
  readonly #active = new Set<Promise<void>>();
  readonly #filling = new Set<Promise<unknown>>();
  #closed = false;

  constructor(size: number, claim: ClaimNext<T>, attempt: Attempt<T>) {
    this.#size = size;
    this.#claim = claim;
    this.#attempt = attempt;
  }

  /** Attempts in flight now. */
  get active(): number {
    return this.#active.size;
  }

  /**
   * Claims and starts attempts until `size` are in flight or nothing is due; resolves, without
   * waiting for them, to how many it started. An attempt that fails to record goes to `onError`;
   * `onSettled` is called as each attempt ends (e.g. to fill the freed slot).
   */
  fill(onError: (error: unknown) => void, onSettled?: () => void): Promise<number> {
    const filling = this.#fill(onError, onSettled);
    this.#filling.add(filling);
    const done = () => void this.#filling.delete(filling);
    filling.then(done, done);
    return filling;
  }

  async #fill(onError: (error: unknown) => void, onSettled?: () => void): Promise<number> {
    let started = 0;
    while (!this.#closed && this.#active.size < this.#size) {
      const delivery = await this.#claim();
      if (delivery === undefined) break;
      started += 1;
      const running: Promise<void> = this.#attempt(delivery)
        .catch(onError)
        .finally(() => {
          this.#active.delete(running);
          onSettled?.();
        });
      this.#active.add(running);
    }
    return started;
  }

  /**
   * Delivers until nothing is due and no attempt is in flight; resolves to how many were tried,
   * or rejects with the first failure to record an outcome.
   */
  async drain(): Promise<number> {
    const errors: unknown[] = [];
    let tried = 0;
    for (;;) {
      tried += await this.fill((error) => errors.push(error));
      if (this.#active.size === 0) break;
      await Promise.race(this.#active);
    }
    if (errors.length > 0) throw errors[0];
    return tried;
  }

  /** Claims no more: a `fill` going on stops after the claim it is making. */
  close(): void {
    this.#closed = true;
  }

  /** Waits for every `fill` going on and every attempt in flight. */
  async settle(): Promise<void> {
    while (this.#filling.size > 0 || this.#active.size > 0) {
      await Promise.allSettled([...this.#filling, ...this.#active]);
    }
  }
}
