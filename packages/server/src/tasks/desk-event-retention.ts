/**
 * The desk event log's retention (docs/design/realtime.md, "Retention"): every hour, and once at
 * start, the events written more than `retentionDays` ago are deleted, 1,000 rows per transaction
 * until none is left. Each desk's log loses a prefix (`written_at` grows with `seq` within a desk:
 * `../storage/migrations/0017-desk-events.ts`), so what stays is still gap-free, and the counters
 * stay: seqs never restart. Any number of instances may run it: rows another instance is deleting
 * are skipped (`SKIP LOCKED`).
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { runEvery, type RunningTask } from './run-every.js';

/** How many events one transaction deletes. */
export const retentionBatch = 1_000;

/** How long events are kept by default, in days (`--desk-event-retention-days`). */
export const defaultDeskEventRetentionDays = 14;

const dayMs = 24 * 60 * 60_000;

/** Deletes up to `limit` events written before `before`, oldest first; resolves to how many. */
async function deleteBatch(db: Kysely<Database>, before: Date, limit: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // The append-only trigger lets this transaction, and only such, delete events.
    await sql`select set_config('opin.desk_event_retention', 'on', true)`.execute(trx);
    const result = await sql`
      delete from desk_events where (desk_id, seq) in (
        select desk_id, seq from desk_events where written_at < ${before}
        order by written_at, desk_id, seq
        limit ${limit}
        for update skip locked)`.execute(trx);
    return Number(result.numAffectedRows ?? 0n);
  });
}

/**
 * Deletes every event written before `before`, in batches of `batchSize`, until a batch deletes
 * fewer or `stopped()` says to stop; resolves to how many it deleted.
 */
export async function deleteDeskEventsBefore(
  db: Kysely<Database>,
  before: Date,
  options: { batchSize?: number; stopped?: () => boolean } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? retentionBatch;
  let deleted = 0;
  for (;;) {
    const count = await deleteBatch(db, before, batchSize);
    deleted += count;
    if (count < batchSize || options.stopped?.() === true) return deleted;
  }
}

/** How long desk events are kept, and how often the expired are looked for. */
export interface DeskEventRetentionOptions {
  /** Days an event is kept after it was written (default 14). */
  retentionDays?: number | undefined;
  /** How often expired events are deleted, in milliseconds (default an hour). */
  intervalMs?: number;
}

/** Starts the retention task on `db`; a failed run goes to `report` and the task goes on. */
export function startDeskEventRetention(
  db: Kysely<Database>,
  options: DeskEventRetentionOptions,
  log: Logger,
  report: (error: unknown) => void,
): RunningTask {
  const retentionDays = options.retentionDays ?? defaultDeskEventRetentionDays;
  let stopping = false;
  const task = runEvery(
    options.intervalMs ?? 60 * 60_000,
    async () => {
      const before = new Date(Date.now() - retentionDays * dayMs);
      const deleted = await deleteDeskEventsBefore(db, before, { stopped: () => stopping });
      if (deleted > 0) log.info({ deleted, retentionDays }, 'desk events past retention deleted');
    },
    report,
  );
  task.poke();
  return {
    poke: () => task.poke(),
    async stop() {
      stopping = true;
      await task.stop();
    },
  };
}
