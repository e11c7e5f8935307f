/**
 * The outbox rows as a delivery queue shared by every instance. An instance claims one pending
 * e-mail that is due and unclaimed (or whose claim ran out) with `FOR UPDATE SKIP LOCKED`, in a
 * short transaction, and holds it until `claimed_until`; it then sends it with no transaction
 * open and records the outcome. Two live instances never try one e-mail at once; an instance that
 * died leaves its claim to run out, and the e-mail is tried again.
 * @internal
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/database.js';
import type { OutboxTable } from '../storage/tables/outbox.js';

/** An outbox row as claimed. */
export type ClaimedMail = Selectable<OutboxTable>;

/**
 * Claims the oldest e-mail due at `now` until `now + claimMs`, counting the attempt; `undefined`
 * when none is due and free.
 */
export async function claimDueMail(
  db: Kysely<Database>,
  now: Date,
  claimMs: number,
): Promise<ClaimedMail | undefined> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!due) return undefined;
    return trx
      .updateTable('outbox')
      .set((eb) => ({
        claimed_until: new Date(now.getTime() + claimMs),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', due.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Records that the relay accepted the e-mail. */
export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'sent', sent_at: now, claimed_until: null, failure: null })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/** Records a failed attempt: tried again at `nextAt`, or given up on when `nextAt` is undefined. */
export async function markFailedAttempt(
  db: Kysely<Database>,
  id: string,
  failure: string,
  nextAt: Date | undefined,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set(
      nextAt
        ? { claimed_until: null, failure, next_attempt_at: nextAt }
        : { claimed_until: null, failure, state: 'failed' },
    )
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/** Lets go of every claim: only when no other process may hold one (the embedded database). */
export async function letGoOfClaims(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ claimed_until: null })
    .where('state', '=', 'pending')
    .where('claimed_until', 'is not', null)
    .execute();
}
