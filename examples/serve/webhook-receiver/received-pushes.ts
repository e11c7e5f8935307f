/**
 * The demo webhook receiver's memory: the last verified pushes (newest last), and the event ids
 * already taken, so that a push delivered again (a retry after a lost answer, a replay) is kept
 * once. Events are thin (ids and state, no text), so nothing personal is held.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';

/** One verified push, as `GET /webhooks` lists it. */
export interface ReceivedPush {
  /** When the receiver took it (ISO 8601). */
  receivedAt: string;
  /** `Opin-Delivery-Id`: the delivery row (a replay has a new one). */
  deliveryId: string | undefined;
  /** `Opin-Delivery-Attempt`: 1, 2, … */
  attempt: number | undefined;
  /** The event, as the signed body carried it. */
  event: DeskEvent;
}

/** The last `capacity` pushes, each event id once. */
export class ReceivedPushes {
  readonly #capacity: number;
  readonly #seenCapacity: number;
  readonly #pushes: ReceivedPush[] = [];
  /** Every event id taken, oldest first, up to `seenCapacity` (more than are kept). */
  readonly #seen = new Set<string>();

  constructor(capacity: number, seenCapacity = Math.max(capacity, 1_000)) {
    this.#capacity = capacity;
    this.#seenCapacity = seenCapacity;
  }

  /** Keeps `push` unless its event id was taken before; says whether it was kept. */
  add(push: ReceivedPush): boolean {
    const id = push.event.id;
    if (this.#seen.has(id)) return false;
    this.#seen.add(id);
    if (this.#seen.size > this.#seenCapacity) {
      const oldest = this.#seen.values().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    this.#pushes.push(push);
    if (this.#pushes.length > this.#capacity) {
      this.#pushes.splice(0, this.#pushes.length - this.#capacity);
    }
    return true;
  }

  /** Every kept push, oldest first. */
  list(): readonly ReceivedPush[] {
    return [...this.#pushes];
  }
}
