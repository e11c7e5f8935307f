/**
 * The desks' webhook delivery logs on `webhook_deliveries` (`WebhookDeliveryLog` of
 * `@opin/support-http`): a desk's deliveries newest first, paged by id, and replays. A replay writes
 * a new row, due now, with the original's event and body and `replay_of` naming it, so the log is
 * history; the body is in the row, so an event is never past replaying. Replays of one desk take
 * its advisory lock, so two of them never leave one event pending twice.
 * @internal
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  notFound,
  conflict,
  validationFailed,
  type Page,
  type PageRequest,
} from '@opin/support-domain';
import {
  MAX_REPLAYED_PER_CALL,
  type WebhookDeliveryFilter,
  type WebhookDeliveryLog,
} from '@opin/support-http';
import type { DeskEventType, WebhookDelivery } from '@opin/support-sdk/schemas';
import type { Database } from '../storage/database.js';
import type { WebhookDeliveriesTable } from '../storage/tables/webhook-deliveries.js';

type Row = Selectable<WebhookDeliveriesTable>;

/** A row id as the API writes it: digits, no more than a `bigint` holds. */
const idPattern = /^[1-9]\d{0,17}$/;

/** A row as the API lists it. */
export function webhookDeliveryOf(row: Row): WebhookDelivery {
  const delivery: WebhookDelivery = {
    id: row.id,
    target: row.target,
    eventId: row.event_id,
    eventType: row.event_type as DeskEventType,
    ticketId: row.ticket_id,
    state: row.state,
    attempts: row.attempts,
    createdAt: row.created_at.toISOString(),
  };
  if (row.last_attempt_at) delivery.lastAttemptAt = row.last_attempt_at.toISOString();
  if (row.state === 'pending') delivery.nextAttemptAt = row.next_attempt_at.toISOString();
  if (row.delivered_at) delivery.deliveredAt = row.delivered_at.toISOString();
  if (row.last_status !== null) delivery.lastStatus = row.last_status;
  if (row.failure !== null) delivery.failure = row.failure;
  if (row.replay_of !== null) delivery.replayOf = row.replay_of;
  return delivery;
}

/** Takes the transaction's lock on `desk`'s replays. */
async function lockReplays(trx: Kysely<Database>, desk: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`webhook-replay\n${desk}`}, 0))`.execute(
    trx,
  );
}

/** `webhook_deliveries` as the desks' logs. */
export class SqlWebhookDeliveryLog implements WebhookDeliveryLog {
  readonly #db: Kysely<Database>;
  readonly #now: () => Date;
  readonly #queued: () => void;

  /** `queued` is called after a replay wrote deliveries (to poke the sender). */
  constructor(
    db: Kysely<Database>,
    now: () => Date = () => new Date(),
    queued: () => void = () => undefined,
  ) {
    this.#db = db;
    this.#now = now;
    this.#queued = queued;
  }

  async list(
    desk: string,
    filter: WebhookDeliveryFilter,
    page: PageRequest,
  ): Promise<Page<WebhookDelivery>> {
    const cursor = page.cursor;
    if (cursor !== undefined) {
      const known =
        idPattern.test(cursor) &&
        (await this.#db
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('id', '=', cursor)
          .where('desk_id', '=', desk)
          .executeTakeFirst());
      if (!known) {
        throw validationFailed('cursor names no page of this list; start from the first page.', [
          'cursor',
        ]);
      }
    }
    let query = this.#db.selectFrom('webhook_deliveries').selectAll().where('desk_id', '=', desk);
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.ticketId) query = query.where('ticket_id', '=', filter.ticketId);
    if (cursor !== undefined) query = query.where(sql<boolean>`id < ${cursor}::bigint`);
    const rows = await query
      .orderBy(sql`id`, 'desc')
      .limit(page.limit + 1)
      .execute();
    const items = rows.slice(0, page.limit).map(webhookDeliveryOf);
    return { items, next: rows.length > page.limit ? items.at(-1)?.id : undefined };
  }

  async replay(desk: string, id: string): Promise<WebhookDelivery> {
    if (!idPattern.test(id)) throw notFound('No such webhook delivery.');
    const row = await this.#db.transaction().execute(async (trx) => {
      await lockReplays(trx, desk);
      const original = await trx
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('id', '=', id)
        .where('desk_id', '=', desk)
        .executeTakeFirst();
      if (!original) throw notFound('No such webhook delivery.');
      const pending = await trx
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('desk_id', '=', desk)
        .where('event_id', '=', original.event_id)
        .where('target', '=', original.target)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      if (pending) throw conflict(`Delivery ${pending.id} of this event is pending.`);
      const now = this.#now();
      return trx
        .insertInto('webhook_deliveries')
        .values({
          desk_id: original.desk_id,
          seq: original.seq,
          event_id: original.event_id,
          event_type: original.event_type,
          ticket_id: original.ticket_id,
          target: original.target,
          body: original.body,
          replay_of: original.id,
          created_at: now,
          next_attempt_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    this.#queued();
    return webhookDeliveryOf(row);
  }

  async replayFailed(desk: string, since: string | undefined): Promise<number> {
    const now = this.#now();
    const replayed = await this.#db.transaction().execute(async (trx) => {
      await lockReplays(trx, desk);
      // Each event's newest delivery, where that one failed and none of the event is pending.
      const { rows } = await sql<{ id: string }>`
        insert into webhook_deliveries
          (desk_id, seq, event_id, event_type, ticket_id, target, body, replay_of, created_at,
           next_attempt_at)
        select desk_id, seq, event_id, event_type, ticket_id, target, body, id, ${now}, ${now}
        from (
          select distinct on (event_id, target) *
          from webhook_deliveries
          where desk_id = ${desk}
          order by event_id, target, id desc
        ) newest
        where newest.state = 'failed'
          and (${since ?? null}::timestamptz is null or newest.created_at >= ${since ?? null}::timestamptz)
          and not exists (
            select 1 from webhook_deliveries pending
            where pending.desk_id = newest.desk_id and pending.event_id = newest.event_id
              and pending.target = newest.target and pending.state = 'pending'
          )
        order by seq, id
        limit ${MAX_REPLAYED_PER_CALL}
        returning id`.execute(trx);
      return rows.length;
    });
    if (replayed > 0) this.#queued();
    return replayed;
  }
}
