/**
 * Record ids (`evt-12`, `msg-3`, …) from one PostgreSQL sequence per kind
 * (`../storage/migrations/0013-ticket-repository.ts`), taken a batch at a time so a rule can take
 * them synchronously. Ids are unique across instances; like any sequence, ids taken by a change that
 * fails, or left in a pool when the process stops, are never given out again. A run of a rule that
 * stops only to load records gives its ids back, so ids have no gaps the in-memory store would not.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { RecordIdPrefix } from '@opin/support-domain';
import type { Database } from '../storage/database.js';
import { RecordsNeeded } from './records-needed.js';

/** How many ids one refill takes from a sequence. */
const batchSize = 16;

const sequenceOf: Record<RecordIdPrefix, string> = {
  evt: 'record_ids_evt',
  msg: 'record_ids_msg',
  note: 'record_ids_note',
  mail: 'record_ids_mail',
};

/** Ids taken from the sequences and not given out yet, per kind. */
export class IdPool {
  readonly #free: Record<RecordIdPrefix, string[]> = { evt: [], msg: [], note: [], mail: [] };

  /** The next id of this kind; throws {@link RecordsNeeded} when the pool has none left. */
  take(prefix: RecordIdPrefix): string {
    const id = this.#free[prefix].shift();
    if (id === undefined) throw new RecordsNeeded({ kind: 'ids', prefix });
    return id;
  }

  /**
   * Puts back ids `take` gave to a run of a rule that stopped to load records (`./run-rule.ts`),
   * at the front, in the order they were taken: that run ends synchronously, so no other run took
   * ids meanwhile, and the run after it gets the same ids (as the in-memory store would give).
   */
  giveBack(taken: readonly { prefix: RecordIdPrefix; id: string }[]): void {
    for (const { prefix, id } of [...taken].reverse()) this.#free[prefix].unshift(id);
  }

  /** Forgets every id taken and not given out (after the demo's reset restarted the sequences). */
  clear(): void {
    for (const ids of Object.values(this.#free)) ids.length = 0;
  }

  /** Takes another batch of ids of this kind from its sequence. */
  async refill(db: Kysely<Database>, prefix: RecordIdPrefix): Promise<void> {
    const { rows } = await sql<{ id: string }>`
      select nextval(${sequenceOf[prefix]}::regclass)::text as id
      from generate_series(1, ${batchSize})`.execute(db);
    this.#free[prefix].push(...rows.map((row) => `${prefix}-${row.id}`));
  }
}
