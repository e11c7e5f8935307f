/**
 * The outbox rows as a delivery queue shared by every instance: the claims of
 * `../delivery/delivery-claims.ts` on the `outbox` table. An instance claims one pending e-mail
 * that is due and unclaimed (or whose claim ran out), holds it until `claimed_until`, sends it with
 * no transaction open and records the outcome. Two live instances never try one e-mail at once; an
 * instance that died leaves its claim to run out, and the e-mail is tried again.
 * @internal
 */
import type { Kysely, Selectable } from 'kysely';
import {
  claimDue,
  letGoOfClaims as letGoOfQueueClaims,
  markDone,
  markFailedAttempt as markQueueFailedAttempt,
  outboxQueue,
} from '../delivery/delivery-claims.js';
import type { Database } from '../storage/database.js';
import type { OutboxTable } from '../storage/tables/outbox.js';

/** An outbox row as claimed. */
export type ClaimedMail = Selectable<OutboxTable>;

/**
 * Claims the oldest e-mail due at `now` until `now + claimMs`, counting the attempt; `undefined`
 * when none is due and free.
 */
export function claimDueMail(
  db: Kysely<Database>,
  now: Date,
  claimMs: number,
): Promise<ClaimedMail | undefined> {
  return claimDue(db, outboxQueue, now, claimMs);
}

/** Records that the relay accepted the e-mail. */
export function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  return markDone(db, outboxQueue, id, now);
}

/** Records a failed attempt: tried again at `nextAt`, or given up on when `nextAt` is undefined. */
export function markFailedAttempt(
  db: Kysely<Database>,
  id: string,
  failure: string,
  nextAt: Date | undefined,
): Promise<void> {
  return markQueueFailedAttempt(db, outboxQueue, id, failure, nextAt);
}

/** Lets go of every claim: only when no other process may hold one (the embedded database). */
export function letGoOfClaims(db: Kysely<Database>): Promise<void> {
  return letGoOfQueueClaims(db, outboxQueue);
}
