/**
 * The desks' event logs on the server's tables (`desk_events`, `desk_event_counters`): the
 * `DeskEventLog` port of `@opin/support-domain`. The repository writes the rows in each change's
 * transaction (`./desk-event-rows.ts`) and tells this log which desks got events once they are
 * saved: from the `desk_event` notification on PostgreSQL (every instance hears every change), or
 * itself after the commit on PGlite (`./postgres-ticket-repository.ts`). Followers are told the
 * desk only, and read `since` to see what is new.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { DeskEventLog, DeskLogBounds } from '@opin/support-domain';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import type { Database } from '../storage/database.js';

/** `desk_events` and `desk_event_counters` as a desk's log. */
export class SqlDeskEventLog implements DeskEventLog {
  readonly #db: Kysely<Database>;
  readonly #listeners = new Map<string, Set<() => void>>();

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async since(desk: string, afterSeq: number, limit: number): Promise<DeskEvent[]> {
    if (limit <= 0) return [];
    const rows = await this.#db
      .selectFrom('desk_events')
      .select(['id', 'seq', 'type', 'at', 'desk_id', 'ticket_id', 'version', 'data'])
      .where('desk_id', '=', desk)
      .where('seq', '>', String(Math.max(0, Math.floor(afterSeq))))
      .orderBy('seq')
      .limit(Math.floor(limit))
      .execute();
    return rows.map((row) => ({
      id: row.id,
      seq: Number(row.seq),
      type: row.type,
      at: row.at.toISOString(),
      desk: row.desk_id,
      ticketId: row.ticket_id,
      version: row.version,
      data: row.data,
    }));
  }

  async bounds(desk: string): Promise<DeskLogBounds> {
    // One statement, one snapshot: the counter and the oldest row kept agree.
    const { rows } = await sql<{ latest: string | null; oldest: string | null }>`
      select
        (select last_seq from desk_event_counters where desk_id = ${desk}) as latest,
        (select min(seq) from desk_events where desk_id = ${desk}) as oldest`.execute(this.#db);
    const latest = Number(rows[0]?.latest ?? 0);
    const oldest = rows[0]?.oldest;
    return { latest, oldest: oldest == null ? latest + 1 : Number(oldest) };
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

  /** Tells the desk's followers that events were saved for it. */
  told(desk: string): void {
    for (const listener of [...(this.#listeners.get(desk) ?? [])]) listener();
  }

  /** Tells every followed desk's followers (after notifications may have been missed). */
  toldAll(): void {
    for (const desk of [...this.#listeners.keys()]) this.told(desk);
  }
}
