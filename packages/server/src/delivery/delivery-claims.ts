/**
 * A table of deliveries as a queue shared by every instance (the outbox's e-mail, webhook
 * deliveries). An instance claims one pending delivery that is due and unclaimed (or whose claim
 * ran out) with `FOR UPDATE SKIP LOCKED`, in a short transaction, counting the attempt, and holds it
 * until `claimed_until`; it then delivers with no transaction open and records the outcome. Two live
 * instances never try one delivery at once; an instance that died leaves its claim to run out, and
 * the delivery is tried again.
 * @internal
 */
import type { Kysely, RawBuilder, Selectable, SqlBool } from 'kysely';
import type { Database } from '../storage/database.js';

/** A table the claims work on, and what it calls a delivery that is done. */
export interface DeliveryQueue<Name extends 'outbox' | 'webhook_deliveries'> {
  table: Name;
  /** The state of a delivery that is done (`sent`, `delivered`). */
  doneState: 'sent' | 'delivered';
  /** The column set to the time it was done. */
  doneAt: 'sent_at' | 'delivered_at';
}

/** The outbox's e-mail. */
export const outboxQueue: DeliveryQueue<'outbox'> = {
  table: 'outbox',
  doneState: 'sent',
  doneAt: 'sent_at',
};

/** Webhook deliveries. */
export const webhookQueue: DeliveryQueue<'webhook_deliveries'> = {
  table: 'webhook_deliveries',
  doneState: 'delivered',
  doneAt: 'delivered_at',
};

/** The columns every delivery table has, as the claims see them. */
interface QueueColumns {
  id: string;
  state: string;
  attempts: number;
  next_attempt_at: Date;
  claimed_until: Date | null;
  failure: string | null;
}

/**
 * A delivery table seen through the columns every one has, under the name `queue` for the types
 * only: the queries name the real table (`nameOf`).
 */
interface QueueDb {
  queue: QueueColumns;
}

const asQueueDb = (db: Kysely<Database>) => db as unknown as Kysely<QueueDb>;
const nameOf = (queue: DeliveryQueue<'outbox' | 'webhook_deliveries'>) => queue.table as 'queue';

/** How one claim looks for a delivery. */
export interface ClaimOptions {
  /**
   * How many due deliveries one claim looks at, for `admit` to choose from (1 when every due
   * delivery may be claimed).
   */
  candidates?: number;
  /** A condition on the candidates, added to the query (e.g. a desk that has room). */
  where?: (now: Date) => RawBuilder<SqlBool>;
  /** Decides, in the claim's transaction, whether a candidate is claimed (default: yes). */
  admit?: (trx: Kysely<Database>, candidateId: string) => Promise<boolean>;
}

/**
 * Claims the oldest delivery of `queue` due at `now` until `now + claimMs`, counting the attempt;
 * `undefined` when none is due, free and admitted.
 */
export async function claimDue<Name extends 'outbox' | 'webhook_deliveries'>(
  db: Kysely<Database>,
  queue: DeliveryQueue<Name>,
  now: Date,
  claimMs: number,
  options: ClaimOptions = {},
): Promise<Selectable<Database[Name]> | undefined> {
  const found = await db.transaction().execute(async (trx) => {
    const q = asQueueDb(trx);
    let select = q
      .selectFrom(nameOf(queue))
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]));
    if (options.where) select = select.where(options.where(now));
    const due = await select
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(options.candidates ?? 1)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const candidate of due) {
      if (options.admit && !(await options.admit(trx, candidate.id))) continue;
      return q
        .updateTable(nameOf(queue))
        .set((eb) => ({
          claimed_until: new Date(now.getTime() + claimMs),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', candidate.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    return undefined;
  });
  return found as unknown as Selectable<Database[Name]> | undefined;
}

/** Records that a delivery was done (`extra`: more columns of its table to set). */
export async function markDone<Name extends 'outbox' | 'webhook_deliveries'>(
  db: Kysely<Database>,
  queue: DeliveryQueue<Name>,
  id: string,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const values = {
    ...extra,
    state: queue.doneState,
    [queue.doneAt]: now,
    claimed_until: null,
    failure: null,
  } as Partial<QueueColumns>;
  await asQueueDb(db)
    .updateTable(nameOf(queue))
    .set(values)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/**
 * Records a failed attempt: tried again at `nextAt`, or given up on (`failed`) when `nextAt` is
 * undefined (`extra`: more columns of its table to set).
 */
export async function markFailedAttempt<Name extends 'outbox' | 'webhook_deliveries'>(
  db: Kysely<Database>,
  queue: DeliveryQueue<Name>,
  id: string,
  failure: string,
  nextAt: Date | undefined,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const values = {
    ...extra,
    claimed_until: null,
    failure,
    ...(nextAt ? { next_attempt_at: nextAt } : { state: 'failed' }),
  } as Partial<QueueColumns>;
  await asQueueDb(db)
    .updateTable(nameOf(queue))
    .set(values)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/** Lets go of every claim: only when no other process may hold one (the embedded database). */
export async function letGoOfClaims<Name extends 'outbox' | 'webhook_deliveries'>(
  db: Kysely<Database>,
  queue: DeliveryQueue<Name>,
): Promise<void> {
  await asQueueDb(db)
    .updateTable(nameOf(queue))
    .set({ claimed_until: null })
    .where('state', '=', 'pending')
    .where('claimed_until', 'is not', null)
    .execute();
}
