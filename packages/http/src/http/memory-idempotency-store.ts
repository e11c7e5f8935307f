/**
 * The mock's Idempotency-Key records, in memory, in the order their keys were first used. At most
 * `maxRecords` are kept (the oldest go first), so memory stays bounded whatever clients send.
 * @internal
 */
import type { Attempt, IdempotencyRecord, IdempotencyStore, Once } from './idempotency-store.js';

/** How many Idempotency-Keys are kept at most. */
export const MAX_IDEMPOTENCY_RECORDS = 10_000;

/** A record with the time its key was first used (server clock, ms). */
export type TimedIdempotencyRecord = IdempotencyRecord & { at: number };

/** Idempotency records of one mock API instance. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #records = new Map<string, TimedIdempotencyRecord>();

  constructor(readonly maxRecords = MAX_IDEMPOTENCY_RECORDS) {}

  /** How many keys are kept. */
  get size(): number {
    return this.#records.size;
  }

  async once(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
    attempt: () => Promise<Attempt>,
  ): Promise<Once> {
    this.#forgetUsedBefore(now - ttlMs);
    const id = recordId(client, key);
    const held = this.#records.get(id);
    if (held) return { held };
    if (this.#records.size >= this.maxRecords) {
      const oldest = this.#records.keys().next();
      if (!oldest.done) this.#records.delete(oldest.value);
    }
    this.#records.set(id, { state: 'in_flight', fingerprint, at: now });
    try {
      const { response, remember } = await attempt();
      if (remember) this.#records.set(id, { state: 'done', fingerprint, ...response, at: now });
      else this.#records.delete(id);
      return { answered: response };
    } catch (error) {
      this.#records.delete(id);
      throw error;
    }
  }

  clear(): Promise<void> {
    this.#records.clear();
    return Promise.resolve();
  }

  /** The records as plain data (tests save, restore and compare them). */
  toJSON(): [string, TimedIdempotencyRecord][] {
    return [...this.#records];
  }

  /** Puts back records saved with `toJSON`. */
  restore(saved: readonly [string, TimedIdempotencyRecord][]): void {
    this.#records.clear();
    for (const [id, record] of saved) this.#records.set(id, record);
  }

  /** Forgets every key first used at or before `time`. */
  #forgetUsedBefore(time: number): void {
    for (const [id, record] of this.#records) {
      if (record.at > time) break;
      this.#records.delete(id);
    }
  }
}

/** Keys are printable ASCII without spaces, so the space keeps client and key apart. */
function recordId(client: string, key: string): string {
  return `${client} ${key}`;
}
