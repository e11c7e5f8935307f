/**
 * Webhook delivery (issue 20, docs/design/realtime.md §2), on either storage: rows queued as a
 * change would queue them, delivered by the sender with a scripted post function and a clock the
 * test moves. Retries keep the event id and end delivered once; a receiver that hangs holds at
 * most two slots and never delays another desk; instances racing for one desk claim two of its
 * deliveries; a claim left by a process that died is tried again when it runs out, or at once when
 * the embedded database starts again. Nothing here races a wall-clock timeout: tests wait for
 * attempts and log lines.
 */
import { sql, type Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { claimDue, webhookQueue } from '../../src/delivery/delivery-claims.js';
import { claimDueWebhook } from '../../src/delivery/webhook-claims.js';
import { startWebhookDelivery } from '../../src/delivery/webhook-delivery.js';
import { queueWebhookDeliveries } from '../../src/delivery/webhook-queue.js';
import { WebhookSender, type WebhookSenderOptions } from '../../src/delivery/webhook-sender.js';
import type { Database } from '../../src/storage/database.js';
import { processTestCeilingMs } from './cli-process.js';
import { silentLog } from './silent-log.js';
import {
  deskEvent,
  ScriptedPost,
  shortRetry,
  TestClock,
  WatchedLog,
} from './webhook-deliveries.js';

const claimMs = 60_000;

/**
 * The suite, over the database `db` gives (open before the tests, shared by them). `oneConnection`:
 * every transaction runs on one connection (PGlite), where an advisory lock never keeps one
 * transaction from another, so the test of the desk lock is left out.
 */
export function webhookDeliverySuite(
  db: () => Kysely<Database>,
  { oneConnection }: { oneConnection: boolean },
): void {
  let clock: TestClock;
  let post: ScriptedPost;

  beforeEach(async () => {
    clock = new TestClock();
    post = new ScriptedPost();
    await db().deleteFrom('webhook_deliveries').execute();
  });

  function sender(options: WebhookSenderOptions & { log?: WatchedLog } = {}): WebhookSender {
    return new WebhookSender(db(), post.post, options.log?.logger ?? silentLog, {
      retry: shortRetry,
      claimMs,
      now: clock.now,
      ...options,
    });
  }

  /** Queues `count` events of `desk` (every desk has a webhook taking every type). */
  async function queue(desk: string, count = 1, from = 1): Promise<void> {
    const events = Array.from({ length: count }, (_, i) => deskEvent(desk, from + i));
    await queueWebhookDeliveries(db(), events, new Map([[desk, {}]]));
    // Written at the test clock's time, so the retry policy counts from there.
    await db()
      .updateTable('webhook_deliveries')
      .set({ created_at: clock.now(), next_attempt_at: clock.now() })
      .where('desk_id', '=', desk)
      .execute();
  }

  async function rowsOf(desk: string) {
    return db()
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('desk_id', '=', desk)
      .orderBy('id')
      .execute();
  }

  it('queues one delivery per event whose desk has a webhook taking its type', async () => {
    const events = [
      deskEvent('hanken', 1, 'ticket.received'),
      deskEvent('opin', 1, 'ticket.received'),
      deskEvent('opin', 2, 'handoff.offered'),
      deskEvent('kela', 1, 'ticket.received'),
    ];
    const webhooks = new Map([
      ['hanken', {}],
      ['opin', { events: ['handoff.offered' as const] }],
    ]);
    expect(await queueWebhookDeliveries(db(), events, webhooks)).toBe(2);
    const rows = await db().selectFrom('webhook_deliveries').selectAll().orderBy('id').execute();
    expect(rows.map((row) => [row.desk_id, row.event_id, row.event_type, row.state])).toEqual([
      ['hanken', 'hanken:1', 'ticket.received', 'pending'],
      ['opin', 'opin:2', 'handoff.offered', 'pending'],
    ]);
    expect(rows[1]).toMatchObject({ seq: '2', target: 'webhook', ticket_id: events[2]?.ticketId });
    expect(JSON.parse(rows[1]?.body ?? '')).toEqual(events[2]);
    expect(await queueWebhookDeliveries(db(), events, new Map())).toBe(0);
  });

  it('delivers on the fourth try after three 500s, once, with the same event id and body', async () => {
    await queue('hanken');
    const refusal = { delivered: false, status: 500 };
    post.script('hanken', refusal, refusal, refusal);
    const one = sender();
    let tries = 0;
    for (let round = 0; round < 10 && (await rowsOf('hanken'))[0]?.state === 'pending'; round++) {
      tries += await one.deliverDue();
      clock.advance(shortRetry.longestWaitMs);
    }
    expect(tries).toBe(4);
    const [row] = await rowsOf('hanken');
    expect(row).toMatchObject({ state: 'delivered', attempts: 4, last_status: 204, failure: null });
    expect(post.attempts.map((a) => [a.eventId, a.attempt])).toEqual([
      ['hanken:1', 1],
      ['hanken:1', 2],
      ['hanken:1', 3],
      ['hanken:1', 4],
    ]);
    expect(new Set(post.attempts.map((a) => a.body)).size).toBe(1);
    expect(new Set(post.attempts.map((a) => a.deliveryId))).toEqual(new Set([row?.id]));
    // Delivered: nothing more is tried.
    clock.advance(shortRetry.giveUpAfterMs);
    expect(await one.deliverDue()).toBe(0);
  });

  it('waits as the schedule says, or as long as Retry-After asks, and records only the status', async () => {
    await queue('hanken');
    post.script(
      'hanken',
      { delivered: false, status: 500 },
      {
        delivered: false,
        status: 503,
        retryAfterSeconds: 3,
      },
    );
    const one = sender();
    expect(await one.deliverDue()).toBe(1);
    let [row] = await rowsOf('hanken');
    expect(row).toMatchObject({ state: 'pending', last_status: 500, failure: '500' });
    expect(row?.next_attempt_at.getTime()).toBe(clock.now().getTime() + shortRetry.firstRetryMs);
    expect(await one.deliverDue()).toBe(0); // not due yet
    clock.advance(shortRetry.firstRetryMs);
    expect(await one.deliverDue()).toBe(1);
    [row] = await rowsOf('hanken');
    expect(row).toMatchObject({ last_status: 503, failure: '503' });
    expect(row?.next_attempt_at.getTime()).toBe(clock.now().getTime() + 3_000);
  });

  it('gives a delivery up (failed) once the policy does, and records an error code', async () => {
    await queue('hanken');
    post.script(
      'hanken',
      ...Array.from({ length: 100 }, () => ({ delivered: false, failure: 'ECONNREFUSED' })),
    );
    const one = sender();
    let tries = 0;
    for (let round = 0; round < 100 && (await rowsOf('hanken'))[0]?.state === 'pending'; round++) {
      tries += await one.deliverDue();
      clock.advance(shortRetry.longestWaitMs);
    }
    const [row] = await rowsOf('hanken');
    expect(row).toMatchObject({ state: 'failed', failure: 'ECONNREFUSED', last_status: null });
    expect(row?.attempts).toBe(tries);
    // 1 + 2 + 4 s, then every 4 s, for 60 s.
    expect(tries).toBeGreaterThan(10);
    expect(tries).toBeLessThan(20);
  });

  it('lets a hanging receiver hold two slots, and delivers another desk meanwhile', async () => {
    await queue('hanken', 4);
    await queue('kela', 3);
    post.script('hanken', 'hang', 'hang', 'hang', 'hang');
    const log = new WatchedLog();
    const one = sender({ log });
    const kelaDelivered = Promise.all(
      [1, 2, 3].map((seq) => log.logged('webhook delivered', { event: `kela:${seq}` })),
    );
    // However the pool fills, kela's three go through while hanken's two hang.
    let onSettled = (): void => undefined;
    const fill = () =>
      one.fill(
        (error) => expect.fail(String(error)),
        () => onSettled(),
      );
    onSettled = () => void fill();
    await fill();
    await kelaDelivered;
    expect(post.of('hanken')).toHaveLength(2);
    expect((await rowsOf('kela')).map((row) => row.state)).toEqual([
      'delivered',
      'delivered',
      'delivered',
    ]);
    const hanken = await rowsOf('hanken');
    expect(hanken.filter((row) => row.claimed_until !== null)).toHaveLength(2);
    // Stopping aborts the hanging attempts; they are recorded as failed attempts. (A claim being
    // made as it stops may take one more of hanken's once the two are let go: aborted at once.)
    await one.stop();
    const stopped = await rowsOf('hanken');
    const aborted = stopped.filter((row) => row.failure === 'EABORTED');
    expect(aborted.length).toBeGreaterThanOrEqual(2);
    expect(aborted).toHaveLength(post.of('hanken').length);
    expect(stopped.every((row) => row.state === 'pending' && row.claimed_until === null)).toBe(
      true,
    );
  });

  it('caps a desk at two claims across instances until one runs out', async () => {
    await queue('hanken', 5);
    await queue('kela', 1);
    const now = clock.now();
    const first = await claimDueWebhook(db(), now, claimMs, 2);
    const second = await claimDueWebhook(db(), now, claimMs, 2);
    expect([first?.event_id, second?.event_id]).toEqual(['hanken:1', 'hanken:2']);
    // hanken is full: the next claim passes over its three due deliveries.
    expect((await claimDueWebhook(db(), now, claimMs, 2))?.event_id).toBe('kela:1');
    expect(await claimDueWebhook(db(), now, claimMs, 2)).toBeUndefined();
    // Two instances with free slots start nothing more for hanken.
    post.script('hanken', 'hang', 'hang', 'hang');
    const a = sender();
    const b = sender();
    expect(await a.fill(() => undefined)).toBe(0);
    expect(await b.fill(() => undefined)).toBe(0);
    // Once the claims run out, two (and only two) of hanken's are taken again, and kela's.
    clock.advance(claimMs);
    expect((await a.fill(() => undefined)) + (await b.fill(() => undefined))).toBe(3);
    await post.posted(3);
    expect(post.of('hanken').map((attempt) => attempt.eventId)).toEqual(['hanken:1', 'hanken:2']);
    expect(post.of('hanken').map((attempt) => attempt.attempt)).toEqual([2, 2]);
    await a.stop();
    await b.stop();
  });

  it('tries a delivery claimed by an instance that died again, with the same event id, when the claim runs out', async () => {
    await queue('hanken');
    // An instance claimed it, posted (maybe), then died before it recorded anything.
    const dead = await claimDue(db(), webhookQueue, clock.now(), claimMs);
    expect(dead?.event_id).toBe('hanken:1');
    const one = sender();
    expect(await one.deliverDue()).toBe(0);
    clock.advance(claimMs - 1_000);
    expect(await one.deliverDue()).toBe(0);
    clock.advance(1_000);
    expect(await one.deliverDue()).toBe(1);
    expect(post.attempts.map((a) => [a.eventId, a.deliveryId, a.attempt])).toEqual([
      ['hanken:1', dead?.id, 2],
    ]);
    expect((await rowsOf('hanken'))[0]).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('lets go of a dead process claim at once when it restarts on the embedded database', async () => {
    await queue('hanken');
    await claimDue(db(), webhookQueue, clock.now(), claimMs);
    const log = new WatchedLog();
    const delivered = log.logged('webhook delivered', { event: 'hanken:1' });
    const running = startWebhookDelivery(
      db(),
      { post: post.post, now: clock.now, retry: shortRetry, soleInstance: true },
      log.logger,
      (error) => expect.fail(String(error)),
    );
    await delivered;
    await running.stop();
    expect(post.attempts.map((a) => [a.eventId, a.attempt])).toEqual([['hanken:1', 2]]);
    expect((await rowsOf('hanken'))[0]).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('is poked: a delivery queued while it runs goes out without waiting for the poll', async () => {
    const log = new WatchedLog();
    const running = startWebhookDelivery(
      db(),
      // A poll far longer than the test's ceiling: only the poke can deliver in time.
      {
        post: post.post,
        now: clock.now,
        soleInstance: false,
        intervalMs: 10 * processTestCeilingMs,
      },
      log.logger,
      (error) => expect.fail(String(error)),
    );
    try {
      await queue('kela');
      const delivered = log.logged('webhook delivered', { event: 'kela:1' });
      running.poke();
      await delivered;
    } finally {
      await running.stop();
    }
  });

  it('lets instances racing for one desk claim two of its deliveries, no more', async () => {
    // More than one claim's candidates: racing claims lock different rows of the one desk.
    await queue('hanken', 40);
    const now = clock.now();
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimDueWebhook(db(), now, claimMs, 2)),
    );
    expect(claims.filter((claim) => claim !== undefined)).toHaveLength(2);
    const held = (await rowsOf('hanken')).filter((row) => row.claimed_until !== null);
    expect(held).toHaveLength(2);
  });

  it.skipIf(oneConnection)(
    'passes over a desk whose lock another claim holds, and claims from it once it is let go',
    async () => {
      await queue('hanken', 2);
      const now = clock.now();
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let taken = (): void => undefined;
      const lockTaken = new Promise<void>((resolve) => (taken = resolve));
      // Another instance's claim, in the middle of its transaction on hanken.
      const other = db()
        .transaction()
        .execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtextextended(${'webhook-desk\nhanken'}, 0))`.execute(
            trx,
          );
          taken();
          await released;
        });
      await lockTaken;
      try {
        expect(await claimDueWebhook(db(), now, claimMs, 2)).toBeUndefined();
      } finally {
        release();
        await other;
      }
      expect((await claimDueWebhook(db(), now, claimMs, 2))?.event_id).toBe('hanken:1');
    },
  );
}
