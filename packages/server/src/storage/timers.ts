/**
 * Firing timers exactly once across any number of instances: a claim takes one due row with
 * `FOR UPDATE SKIP LOCKED` inside a transaction, runs the work in that transaction, and deletes
 * the row there too. Another instance skips the locked row instead of waiting for it; if the work
 * fails, the transaction rolls back and the timer stays for a later claim.
 * @internal
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { TimersTable } from './tables/timers.js';

/** A timer row as read. */
export type Timer = Selectable<TimersTable>;

/**
 * Claims one timer due at `now` (the earliest first), runs `fire` on it in the claiming
 * transaction, and deletes it. Returns the fired timer, or `null` when none is due and free.
 */
export async function fireOneDueTimer(
  db: Kysely<Database>,
  now: Date,
  fire: (timer: Timer, trx: Transaction<Database>) => Promise<void>,
): Promise<Timer | null> {
  return db.transaction().execute(async (trx) => {
    const timer = await trx
      .selectFrom('timers')
      .selectAll()
      .where('due_at', '<=', now)
      .orderBy('due_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!timer) return null;
    await fire(timer, trx);
    await trx.deleteFrom('timers').where('id', '=', timer.id).execute();
    return timer;
  });
}
