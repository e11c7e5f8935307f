/**
 * The claim of a webhook delivery (`./delivery-claims.ts` on `webhook_deliveries`), with a cap per
 * desk: a desk that already has `perDesk` deliveries claimed and unexpired gets no more, so a
 * receiver that hangs holds at most that many of any instance's slots, and other desks' deliveries
 * go on. The query leaves such desks out; then, under a transaction-scoped advisory lock on the
 * candidate's desk (taken without waiting: a desk another instance is claiming for now is passed
 * over this time), the count is read again and the claim made, so instances racing for one desk
 * never pass the cap together.
 * @internal
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../storage/database.js';
import type { WebhookDeliveriesTable } from '../storage/tables/webhook-deliveries.js';
import { claimDue, webhookQueue } from './delivery-claims.js';

/** A webhook delivery as claimed. */
export type ClaimedWebhook = Selectable<WebhookDeliveriesTable>;

/** How many due deliveries one claim looks at (desks passed over leave the rest). */
const candidates = 16;

/** Claims held on `desk` that last beyond `now` (in the claim's transaction). */
async function claimsHeld(trx: Kysely<Database>, desk: string, now: Date): Promise<number> {
  const row = await trx
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<string>().as('held'))
    .where('desk_id', '=', desk)
    .where('state', '=', 'pending')
    .where('claimed_until', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.held);
}

/**
 * Claims the oldest due webhook delivery of a desk with fewer than `perDesk` claims until
 * `now + claimMs`, counting the attempt; `undefined` when there is none.
 */
export function claimDueWebhook(
  db: Kysely<Database>,
  now: Date,
  claimMs: number,
  perDesk: number,
): Promise<ClaimedWebhook | undefined> {
  return claimDue(db, webhookQueue, now, claimMs, {
    candidates,
    where: (at) => sql<boolean>`(
      select count(*) from webhook_deliveries held
      where held.desk_id = webhook_deliveries.desk_id and held.state = 'pending'
        and held.claimed_until > ${at}
    ) < ${perDesk}`,
    admit: async (trx, id) => {
      const candidate = await trx
        .selectFrom('webhook_deliveries')
        .select('desk_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(
        hashtextextended(${`webhook-desk\n${candidate.desk_id}`}, 0)) as locked`.execute(trx);
      if (rows[0]?.locked !== true) return false;
      return (await claimsHeld(trx, candidate.desk_id, now)) < perDesk;
    },
  });
}
