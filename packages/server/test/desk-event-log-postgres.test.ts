/**
 * The desk event log on PostgreSQL: the shared suite (`./support/desk-event-log-suite.ts`), then
 * what only a real server with many connections shows: one desk's events commit in seq order (a
 * change waits for the desk's counter row), so a reader that has seen n and reads after n never
 * skips one while changes from two instances race; and a follower on one instance hears of events
 * written through another, and of those written while its listener was reconnecting.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleOptions, type DeskEventDraft } from '@opin/support-domain';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { appendDeskEvents } from '../src/repository/desk-event-rows.js';
import { PostgresTicketRepository } from '../src/repository/postgres-ticket-repository.js';
import type { Database } from '../src/storage/database.js';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { processTestCeilingMs } from './support/cli-process.js';
import {
  allOf,
  deskEventLogOnSql,
  envOf,
  file,
  nudge,
  range,
  seqs,
  until,
} from './support/desk-event-log-suite.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { silentLog } from './support/silent-log.js';
import { emptyTables } from './support/ticket-repository.js';

/** No desk has a webhook here: the log alone is under test. */
const noWebhooks = new Map<string, never>();

/** A desk event draft for `desk` (what a change would write). */
function draft(desk: string, version: number): DeskEventDraft {
  return {
    type: 'status.changed',
    at: new Date().toISOString(),
    desk,
    ticketId: 'OPIN-000000000001',
    version,
    data: {
      status: 'received',
      owner: desk,
      assisting: null,
      handoff: null,
      timelineEventId: `evt-${version}`,
    },
  };
}

/** The backends waiting, directly or behind another, for the backend `pid`. */
async function waitingBehind(db: Kysely<Database>, pid: number): Promise<number> {
  const { rows } = await sql<{ waiting: string }>`
    with recursive behind (pid) as (
      select ${pid}::integer
      union
      select activity.pid from pg_stat_activity activity, behind
      where behind.pid = any(pg_blocking_pids(activity.pid))
    )
    select (count(*) - 1)::text as waiting from behind`.execute(db);
  return Number(rows[0]?.waiting);
}

describeOnPostgres('desk event log', () => {
  const schemaUrl = useFreshSchema();
  let first: OpenedDatabase | undefined;
  let second: OpenedDatabase | undefined;
  const db = () => {
    if (!first) throw new Error('not open');
    return first.db;
  };
  const other = () => {
    if (!second) throw new Error('not open');
    return second.db;
  };
  beforeAll(async () => {
    first = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
    second = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  describe('on PostgreSQL', () => {
    deskEventLogOnSql(db);
  });

  it('makes a change for a desk wait for the one before to commit, so seqs commit in order', async () => {
    await emptyTables(db());
    const log = new PostgresTicketRepository(db(), defaultRuleOptions).deskEvents;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (holding = resolve));
    // The first transaction takes seq 1 for opin, and does not commit yet.
    const earlier = db()
      .transaction()
      .execute(async (trx) => {
        const notices = await appendDeskEvents(trx, [draft('opin', 1)], noWebhooks);
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        holding(rows[0]?.pid ?? 0);
        await released;
        return notices;
      });
    const holder = await held;
    // The second, on another instance's pool, writes for tampere and opin: it waits for opin.
    const later = other()
      .transaction()
      .execute((trx) => appendDeskEvents(trx, [draft('tampere', 2), draft('opin', 2)], noWebhooks));
    await until(async () => (await waitingBehind(db(), holder)) >= 1);
    // Nothing of opin's is visible yet: no reader can see seq 2 before seq 1.
    expect(await allOf(log, 'opin')).toEqual([]);
    release();
    expect(await earlier).toEqual([{ desk: 'opin', seq: 1 }]);
    expect(await later).toEqual([
      { desk: 'opin', seq: 2 },
      { desk: 'tampere', seq: 1 },
    ]);
    expect(seqs(await allOf(log, 'opin'))).toEqual([1, 2]);
    expect(seqs(await allOf(log, 'tampere'))).toEqual([1]);
  });

  it('takes the desks’ counters in desk-id order, so changes for the same desks never deadlock', async () => {
    await emptyTables(db());
    const log = new PostgresTicketRepository(db(), defaultRuleOptions).deskEvents;
    let holding!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (holding = resolve));
    let goOn!: () => void;
    const mayGoOn = new Promise<void>((resolve) => (goOn = resolve));
    // The first holds opin's counter, then, once the second waits, takes tampere's.
    const earlier = db()
      .transaction()
      .execute(async (trx) => {
        const before = await appendDeskEvents(trx, [draft('opin', 1)], noWebhooks);
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        holding(rows[0]?.pid ?? 0);
        await mayGoOn;
        return [...before, ...(await appendDeskEvents(trx, [draft('tampere', 1)], noWebhooks))];
      });
    const holder = await held;
    // The second's events name tampere first: taken in that order, it would hold tampere's counter
    // while waiting for opin's, and the first would wait for it: a deadlock.
    const later = other()
      .transaction()
      .execute((trx) => appendDeskEvents(trx, [draft('tampere', 2), draft('opin', 2)], noWebhooks));
    await until(async () => (await waitingBehind(db(), holder)) >= 1);
    goOn();
    expect(await earlier).toEqual([
      { desk: 'opin', seq: 1 },
      { desk: 'tampere', seq: 1 },
    ]);
    expect(await later).toEqual([
      { desk: 'opin', seq: 2 },
      { desk: 'tampere', seq: 2 },
    ]);
    expect(seqs(await allOf(log, 'tampere'))).toEqual([1, 2]);
  });

  it(
    'never lets a reader skip an event while changes from two instances race',
    { timeout: processTestCeilingMs },
    async () => {
      await emptyTables(db());
      const here = new PostgresTicketRepository(db(), defaultRuleOptions);
      const there = new PostgresTicketRepository(other(), defaultRuleOptions);
      const tickets = [];
      for (let n = 0; n < 6; n += 1) tickets.push(await file(envOf(n % 2 === 0 ? here : there)));
      const owner = tickets[0]?.owner ?? '';
      const start = (await here.deskEvents.bounds(owner)).latest;
      const rounds = 8;
      const total = start + tickets.length * rounds;
      // Each ticket is changed `rounds` times, all tickets at once, through both instances.
      const writers = Promise.all(
        tickets.map(async (ticket, n) => {
          for (let round = 0; round < rounds; round += 1) {
            await nudge(envOf((n + round) % 2 === 0 ? here : there), ticket.id);
          }
        }),
      );
      // A reader reads after the last seq it saw, as the event stream does, until it has all.
      const seen: number[] = [];
      let last = 0;
      const writing = { done: false };
      const finished = () => (writing.done = true);
      writers.then(finished, finished);
      for (;;) {
        const wasDone = writing.done;
        const page: DeskEvent[] = await there.deskEvents.since(owner, last, 7);
        seen.push(...seqs(page));
        last = page.at(-1)?.seq ?? last;
        if (wasDone && page.length === 0) break;
      }
      await writers;
      expect(seen).toEqual(range(1, total));
    },
  );

  it('tells a follower on another instance of events written through this one, gap-free', async () => {
    await emptyTables(db());
    const here = new PostgresTicketRepository(db(), defaultRuleOptions);
    const there = new PostgresTicketRepository(other(), defaultRuleOptions);
    await here.listen(schemaUrl(), silentLog);
    await there.listen(schemaUrl(), silentLog);
    try {
      const ticket = await file(envOf(here));
      const owner = ticket.owner;
      // The follower on B reads after what it has seen each time it is told, as a stream does.
      const seen: number[] = [];
      let reading = Promise.resolve();
      const stop = there.deskEvents.follow(owner, () => {
        reading = reading.then(async () => {
          const page = await there.deskEvents.since(owner, seen.at(-1) ?? 0, 1_000);
          seen.push(...seqs(page));
        });
      });
      try {
        // Changes interleaved through A and B, two at a time.
        for (let n = 0; n < 6; n += 1) {
          await Promise.all([nudge(envOf(here), ticket.id), nudge(envOf(there), ticket.id)]);
        }
        await until(() => seen.length >= 13);
        expect(seen).toEqual(range(1, 13));

        // Written while B's listener is down: B's follower hears of it once B listens again.
        const lost = there.listenerBackendPid;
        expect(lost).toBeTypeOf('number');
        await sql`select pg_terminate_backend(${lost})`.execute(db());
        await until(() => there.listenerBackendPid === undefined);
        await nudge(envOf(here), ticket.id);
        await until(() => seen.length >= 14);
        expect(seen).toEqual(range(1, 14));
      } finally {
        stop();
      }
    } finally {
      await here.close();
      await there.close();
    }
  });
});
