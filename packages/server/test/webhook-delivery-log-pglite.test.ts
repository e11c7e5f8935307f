/**
 * The webhook delivery log and replay over HTTP (docs/design/realtime.md, "Delivery log and
 * replay"), on the server in this process with an in-memory PGlite: deliveries are queued in its
 * database directly, read and replayed through the SDK's desk client. Paging newest first, the
 * filters, replay's 202/404/409, and the replay of every failed delivery (one per event).
 */
import type { Kysely } from 'kysely';
import { demoConfig } from '@opin/support-domain';
import { createDeskClient, type DeskClient } from '@opin/support-sdk/desk';
import { isSupportHttpError } from '@opin/support-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queueWebhookDeliveries } from '../src/delivery/webhook-queue.js';
import { startSupportServerOpening, type SupportServer } from '../src/server.js';
import type { Database } from '../src/storage/database.js';
import { openStorage } from '../src/storage/open.js';
import { inMemory } from '../src/storage/target.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { silentLog } from './support/silent-log.js';
import { deskEvent } from './support/webhook-deliveries.js';

const ticketA = 'OPIN-100001';
const ticketB = 'OPIN-100002';

describe('the webhook delivery log (PGlite)', { timeout: processTestCeilingMs }, () => {
  let server: SupportServer;
  let db: Kysely<Database> | undefined;
  let hanken: DeskClient;
  let opin: DeskClient;

  beforeAll(async () => {
    server = await startSupportServerOpening(
      {
        port: 0,
        host: '127.0.0.1',
        database: { kind: 'embedded', dataDir: inMemory },
        config: demoConfig,
        demo: true,
        logger: silentLog,
      },
      async (target, log) => {
        const opened = await openStorage(target, log);
        db = opened.db;
        return opened;
      },
    );
    await server.ready;
    const baseUrl = `${server.url}/api/v1`;
    hanken = createDeskClient({ baseUrl, deskKey: 'dev-hanken', retry: { limit: 0 } });
    opin = createDeskClient({ baseUrl, deskKey: 'dev-opin', retry: { limit: 0 } });
  }, processTestCeilingMs);
  afterAll(async () => {
    await server.close();
  });

  const database = (): Kysely<Database> => {
    if (!db) throw new Error('the database is not open yet');
    return db;
  };

  /** Queues hanken's events 1–5 (tickets A, B, A, B, A) and marks 2 and 4 failed, 1 delivered. */
  beforeEach(async () => {
    await database().deleteFrom('webhook_deliveries').execute();
    const events = [1, 2, 3, 4, 5].map((seq) =>
      deskEvent('hanken', seq, 'ticket.received', seq % 2 === 1 ? ticketA : ticketB),
    );
    await queueWebhookDeliveries(database(), events, new Map([['hanken', {}]]));
    await database()
      .updateTable('webhook_deliveries')
      .set({ state: 'failed', failure: '500', last_status: 500, attempts: 20 })
      .where('event_id', 'in', ['hanken:2', 'hanken:4'])
      .execute();
    await database()
      .updateTable('webhook_deliveries')
      .set({ state: 'delivered', delivered_at: new Date(), last_status: 204, attempts: 1 })
      .where('event_id', '=', 'hanken:1')
      .execute();
  });

  async function status(call: Promise<unknown>): Promise<number> {
    try {
      await call;
      return 200;
    } catch (error) {
      if (isSupportHttpError(error)) return error.status;
      throw error;
    }
  }

  it('lists a desk its own deliveries, newest first, page by page', async () => {
    const first = await hanken.listWebhookDeliveries({ limit: 2 });
    expect(first.deliveries.map((d) => d.eventId)).toEqual(['hanken:5', 'hanken:4']);
    expect(first.nextCursor).toBeDefined();
    const second = await hanken.listWebhookDeliveries({ limit: 2, cursor: first.nextCursor });
    expect(second.deliveries.map((d) => d.eventId)).toEqual(['hanken:3', 'hanken:2']);
    const third = await hanken.listWebhookDeliveries({ limit: 2, cursor: second.nextCursor });
    expect(third.deliveries.map((d) => d.eventId)).toEqual(['hanken:1']);
    expect(third.nextCursor).toBeUndefined();
    expect(third.deliveries[0]).toMatchObject({
      target: 'webhook',
      eventType: 'ticket.received',
      ticketId: ticketA,
      state: 'delivered',
      attempts: 1,
      lastStatus: 204,
    });
    expect(third.deliveries[0]?.deliveredAt).toBeDefined();
    expect(first.deliveries[0]?.nextAttemptAt).toBeDefined(); // pending
    expect(first.deliveries[1]).toMatchObject({ state: 'failed', failure: '500', lastStatus: 500 });
    expect(JSON.stringify(first)).not.toContain('"body"');
    expect((await opin.listWebhookDeliveries()).deliveries).toEqual([]);
  });

  it('filters by state and ticket on every page, and refuses a bad filter or cursor', async () => {
    const failed = await hanken.listWebhookDeliveries({ state: 'failed' });
    expect(failed.deliveries.map((d) => d.eventId)).toEqual(['hanken:4', 'hanken:2']);
    const a = await hanken.listWebhookDeliveries({ ticketId: ticketA, limit: 1 });
    expect(a.deliveries.map((d) => d.eventId)).toEqual(['hanken:5']);
    const a2 = await hanken.listWebhookDeliveries({ ticketId: ticketA, cursor: a.nextCursor });
    expect(a2.deliveries.map((d) => d.eventId)).toEqual(['hanken:3', 'hanken:1']);
    const base = `${server.url}/api/v1/desk/webhook/deliveries`;
    const get = (query: string, key = 'dev-hanken') =>
      fetch(`${base}${query}`, { headers: { Authorization: `Bearer ${key}` } });
    expect((await get('?state=lost')).status).toBe(400);
    expect((await get('?ticketId=nope')).status).toBe(400);
    expect((await get('?limit=0')).status).toBe(400);
    expect((await get('?cursor=999999')).status).toBe(400);
    // A cursor of another desk's log names no page of this one.
    expect((await get(`?cursor=${a.nextCursor ?? ''}`, 'dev-opin')).status).toBe(400);
    expect((await get('', 'wrong-key')).status).toBe(401);
  });

  it('replays a delivery as a new one, refuses another desk (404) and a pending event (409)', async () => {
    const [failed] = (await hanken.listWebhookDeliveries({ state: 'failed' })).deliveries;
    if (!failed) throw new Error('no failed delivery');
    expect(await status(opin.replayWebhookDelivery(failed.id))).toBe(404);
    expect(await status(hanken.replayWebhookDelivery('12x'))).toBe(404);
    const replay = await hanken.replayWebhookDelivery(failed.id);
    expect(replay).toMatchObject({
      eventId: failed.eventId,
      state: 'pending',
      attempts: 0,
      replayOf: failed.id,
    });
    expect(replay.id).not.toBe(failed.id);
    // The event is pending again: a second replay of either row is refused.
    expect(await status(hanken.replayWebhookDelivery(failed.id))).toBe(409);
    expect(await status(hanken.replayWebhookDelivery(replay.id))).toBe(409);
    // A delivered one may be replayed too; the body is the same bytes.
    const [delivered] = (await hanken.listWebhookDeliveries({ state: 'delivered' })).deliveries;
    const again = await hanken.replayWebhookDelivery(delivered?.id ?? '');
    const bodies = await database()
      .selectFrom('webhook_deliveries')
      .select('body')
      .where('id', 'in', [delivered?.id ?? '', again.id])
      .execute();
    expect(new Set(bodies.map((row) => row.body)).size).toBe(1);
    expect((await hanken.listWebhookDeliveries({ limit: 1 })).deliveries[0]?.id).toBe(again.id);
  });

  it('replays every failed delivery once per event, not one already pending again', async () => {
    expect(await opin.replayFailedWebhooks()).toEqual({ replayed: 0 });
    expect(await hanken.replayFailedWebhooks()).toEqual({ replayed: 2 });
    const pending = await hanken.listWebhookDeliveries({ state: 'pending' });
    expect(
      pending.deliveries.filter((d) => d.replayOf !== undefined).map((d) => d.eventId),
    ).toEqual(['hanken:4', 'hanken:2']);
    expect(await hanken.replayFailedWebhooks()).toEqual({ replayed: 0 });
    // An event whose replay was delivered is not replayed again, though its original failed.
    await database()
      .updateTable('webhook_deliveries')
      .set({ state: 'delivered', delivered_at: new Date() })
      .where('replay_of', 'is not', null)
      .where('event_id', '=', 'hanken:2')
      .execute();
    expect(await hanken.replayFailedWebhooks()).toEqual({ replayed: 0 });
    // Only deliveries written since a time: none were written after the future.
    await database()
      .updateTable('webhook_deliveries')
      .set({ state: 'failed', delivered_at: null, next_attempt_at: new Date() })
      .where('replay_of', 'is not', null)
      .execute();
    expect(await hanken.replayFailedWebhooks({ since: '2999-01-01T00:00:00.000Z' })).toEqual({
      replayed: 0,
    });
    // The original and its failed replay are one event: one new delivery each, of the newest.
    expect(await hanken.replayFailedWebhooks({ since: '2000-01-01T00:00:00.000Z' })).toEqual({
      replayed: 2,
    });
    const newest = await hanken.listWebhookDeliveries({ state: 'pending', limit: 2 });
    const replayed = await database()
      .selectFrom('webhook_deliveries')
      .select(['id', 'replay_of'])
      .where(
        'id',
        'in',
        newest.deliveries.map((d) => d.replayOf ?? ''),
      )
      .execute();
    expect(replayed.every((row) => row.replay_of !== null)).toBe(true);
    const body = (json: unknown) => ({
      method: 'POST',
      headers: { Authorization: 'Bearer dev-hanken', 'Content-Type': 'application/json' },
      body: JSON.stringify(json),
    });
    const replayAll = `${server.url}/api/v1/desk/webhook/replay`;
    expect((await fetch(replayAll, body({ state: 'pending' }))).status).toBe(400);
    expect((await fetch(replayAll, body({}))).status).toBe(400);
  });

  it('replays at most 1,000 per call: the next call takes the rest', async () => {
    const events = Array.from({ length: 1_001 }, (_, i) => deskEvent('aalto', i + 1));
    await queueWebhookDeliveries(database(), events, new Map([['aalto', {}]]));
    await database()
      .updateTable('webhook_deliveries')
      .set({ state: 'failed', failure: 'ETIMEDOUT' })
      .where('desk_id', '=', 'aalto')
      .execute();
    const aalto = createDeskClient({ baseUrl: `${server.url}/api/v1`, deskKey: 'dev-aalto' });
    expect(await aalto.replayFailedWebhooks()).toEqual({ replayed: 1_000 });
    expect(await aalto.replayFailedWebhooks()).toEqual({ replayed: 1 });
    expect(await aalto.replayFailedWebhooks()).toEqual({ replayed: 0 });
  });
});
