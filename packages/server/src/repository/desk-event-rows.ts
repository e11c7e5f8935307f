/**
 * Writing a change's desk events (docs/design/realtime.md, "Where they are written"), in the
 * change's transaction, after its other writes: for each recipient desk, in desk-id order, its
 * counter row is raised by the number of its events (`INSERT … ON CONFLICT DO UPDATE … RETURNING`),
 * which locks the row to the commit, so one desk's events commit in `seq` order and two changes
 * never wait for each other in a circle; then the events are inserted, a `desk_event` notice is
 * queued per desk (`./desk-event-notify.ts`), and a delivery for each event a desk's webhook takes
 * (`../delivery/webhook-queue.ts`).
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { DeskEventDraft } from '@opin/support-domain';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { queueWebhookDeliveries, type WebhookDesks } from '../delivery/webhook-queue.js';
import type { Database } from '../storage/database.js';
import { jsonb } from '../storage/tables/json.js';
import { notifyDeskEvent, type DeskEventNotice } from './desk-event-notify.js';

/** The drafts by desk, in desk-id order (code units: one order for every transaction). */
function byDesk(drafts: readonly DeskEventDraft[]): [string, DeskEventDraft[]][] {
  const desks = new Map<string, DeskEventDraft[]>();
  for (const draft of drafts) {
    const list = desks.get(draft.desk);
    if (list) list.push(draft);
    else desks.set(draft.desk, [draft]);
  }
  return [...desks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Raises the desk's counter by `count`; resolves to its new `last_seq`. */
async function raiseCounter(trx: Kysely<Database>, desk: string, count: number): Promise<number> {
  const row = await trx
    .insertInto('desk_event_counters')
    .values({ desk_id: desk, last_seq: count })
    .onConflict((conflict) =>
      conflict.column('desk_id').doUpdateSet({
        last_seq: sql<number>`desk_event_counters.last_seq + excluded.last_seq`,
      }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

/**
 * Numbers and inserts `drafts` in the transaction `trx`, queues their notices and the deliveries
 * of those `webhookDesks` take; resolves to the notices (each desk written to and its newest
 * `seq`), for telling followers after the commit.
 */
export async function appendDeskEvents(
  trx: Kysely<Database>,
  drafts: readonly DeskEventDraft[],
  webhookDesks: WebhookDesks,
): Promise<DeskEventNotice[]> {
  const notices: DeskEventNotice[] = [];
  for (const [desk, drafted] of byDesk(drafts)) {
    const last = await raiseCounter(trx, desk, drafted.length);
    const first = last - drafted.length + 1;
    const events: DeskEvent[] = drafted.map((draft, index) => ({
      id: `${desk}:${first + index}`,
      seq: first + index,
      ...draft,
    }));
    await trx
      .insertInto('desk_events')
      .values(
        events.map((event) => ({
          desk_id: desk,
          seq: event.seq,
          id: event.id,
          type: event.type,
          ticket_id: event.ticketId,
          version: event.version,
          at: event.at,
          data: jsonb(event.data),
        })),
      )
      .execute();
    await queueWebhookDeliveries(trx, events, webhookDesks);
    await notifyDeskEvent(trx, { desk, seq: last });
    notices.push({ desk, seq: last });
  }
  return notices;
}
