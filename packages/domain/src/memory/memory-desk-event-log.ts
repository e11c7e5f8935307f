/**
 * The desk event log in memory, for `MemoryTicketRepository`: every event kept (the mock's life is
 * short), numbered per desk, listeners told synchronously after an append. The mock's reset forgets
 * the events but not the desks' last seqs, so an event id (`<desk>:<seq>`) never comes twice: a
 * receiver that deduplicates on it never drops a new event as a repeat.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';
import type { DeskEventDraft } from '../desk-events.js';
import type { DeskEventLog, DeskLogBounds } from '../repository/desk-event-log.js';

/** Desk events by desk, in memory. */
export class MemoryDeskEventLog implements DeskEventLog {
  /** The events kept, by desk, contiguous in seq. */
  readonly #byDesk = new Map<string, DeskEvent[]>();
  /** Each desk's last seq, kept when its events are forgotten. */
  readonly #latest = new Map<string, number>();
  readonly #listeners = new Map<string, Set<() => void>>();

  /** Numbers and keeps the drafts, then tells each desk's listeners once. */
  append(drafts: readonly DeskEventDraft[]): void {
    const told = new Set<string>();
    for (const draft of drafts) {
      const seq = (this.#latest.get(draft.desk) ?? 0) + 1;
      this.#latest.set(draft.desk, seq);
      this.#eventsOf(draft.desk).push({ id: `${draft.desk}:${seq}`, seq, ...draft });
      told.add(draft.desk);
    }
    for (const desk of told) this.#tell(desk);
  }

  since(desk: string, afterSeq: number, limit: number): Promise<DeskEvent[]> {
    const events = this.#byDesk.get(desk) ?? [];
    const from = Math.max(0, afterSeq - (events[0]?.seq ?? 1) + 1);
    return Promise.resolve(events.slice(from, from + Math.max(0, limit)));
  }

  bounds(desk: string): Promise<DeskLogBounds> {
    const latest = this.#latest.get(desk) ?? 0;
    return Promise.resolve({ latest, oldest: this.#byDesk.get(desk)?.[0]?.seq ?? latest + 1 });
  }

  follow(desk: string, listener: () => void): () => void {
    let set = this.#listeners.get(desk);
    if (!set) {
      set = new Set();
      this.#listeners.set(desk, set);
    }
    set.add(listener);
    return () => {
      const current = this.#listeners.get(desk);
      current?.delete(listener);
      if (current?.size === 0) this.#listeners.delete(desk);
    };
  }

  /** Forgets every event but not the seqs (the mock was reset); listeners stay and are told. */
  clear(): void {
    const desks = [...this.#byDesk.keys()];
    this.#byDesk.clear();
    for (const desk of desks) this.#tell(desk);
  }

  #eventsOf(desk: string): DeskEvent[] {
    let events = this.#byDesk.get(desk);
    if (!events) {
      events = [];
      this.#byDesk.set(desk, events);
    }
    return events;
  }

  #tell(desk: string): void {
    for (const listener of [...(this.#listeners.get(desk) ?? [])]) listener();
  }
}
