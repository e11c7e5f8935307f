/**
 * The desk event log on SQL (docs/design/realtime.md, "Desk events"), run on each target: a change
 * writes its events in its own transaction, numbered per desk without gaps; a change that rolls
 * back writes none and tells no follower; followers are told after the commit; retention deletes
 * a prefix of each log, `bounds` follows, and seqs go on from the counter.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import {
  addEvent,
  changeTicket,
  commit,
  defaultRuleOptions,
  demoDirectory,
  deskEventsOf,
  fileTicket,
  marksOf,
  newReplyKey,
  planTicket,
  requestHandoff,
  type DeskEventDraft,
  type DeskEventLog,
  type DomainEnv,
  type StoredTicket,
} from '@opin/support-domain';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { rejected, TestClock, ticketInput } from '../../../domain/test/support/rules.js';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import { inTransaction } from '../../src/storage/ambient-transaction.js';
import type { Database } from '../../src/storage/database.js';
import {
  deleteDeskEventsBefore,
  startDeskEventRetention,
} from '../../src/tasks/desk-event-retention.js';
import { silentLog } from './silent-log.js';
import { emptyTables } from './ticket-repository.js';

/** Waits (without a deadline of its own: the test's ceiling is the limit) until `condition`. */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await sleep(20);
}

/** The rules' environment over `tickets`. */
export function envOf(tickets: PostgresTicketRepository): DomainEnv {
  return {
    tickets,
    clock: new TestClock(),
    options: defaultRuleOptions,
    directory: demoDirectory,
    replyKey: newReplyKey(),
  };
}

/** Files a ticket through `env`; resolves to it as stored. */
export async function file(env: DomainEnv): Promise<StoredTicket> {
  return (await fileTicket(env, planTicket(demoDirectory, ticketInput()))).ticket;
}

/** One change of the ticket that tells its owner (a `status_changed` entry). */
export function nudge(env: DomainEnv, id: string): Promise<void> {
  return changeTicket(env, id, (rules, ticket) => {
    addEvent(rules, ticket, rules.clock.nowIso(), {
      type: 'status_changed',
      status: ticket.status,
    });
    commit(ticket, rules.clock.nowIso());
  });
}

/** Every event the desk's log holds, oldest first. */
export function allOf(log: DeskEventLog, desk: string): Promise<DeskEvent[]> {
  return log.since(desk, 0, 100_000);
}

/** The seqs of `events`. */
export const seqs = (events: readonly DeskEvent[]): number[] => events.map((event) => event.seq);

/** `from`, `from + 1`, … `to`. */
export const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);

/** An event without what the log gave it: the draft `deskEventsOf` made. */
const draftOf = (event: DeskEvent): DeskEventDraft => ({
  type: event.type,
  at: event.at,
  desk: event.desk,
  ticketId: event.ticketId,
  version: event.version,
  data: event.data,
});

/** The tests; `getDb` gives the file's migrated database. */
export function deskEventLogOnSql(getDb: () => Kysely<Database>): void {
  const setUp = async () => {
    await emptyTables(getDb());
    const tickets = new PostgresTicketRepository(getDb(), defaultRuleOptions);
    return { tickets, log: tickets.deskEvents, env: envOf(tickets), db: getDb() };
  };

  it('writes the events of a filing and of a change, as deskEventsOf makes them, numbered per desk', async () => {
    const { tickets, log, env } = await setUp();
    expect(await log.bounds('opin')).toEqual({ latest: 0, oldest: 1 });
    const filed = await file(env);
    const owner = filed.owner;
    const asFiled = await tickets.find(filed.id);
    if (!asFiled) throw new Error('not filed');
    const received = await allOf(log, owner);
    expect(received.map(draftOf)).toEqual(deskEventsOf(asFiled));
    expect(received).toEqual([
      expect.objectContaining({ id: `${owner}:1`, seq: 1, type: 'ticket.received' }),
    ]);
    expect(received[0]?.at).toBe(asFiled.timeline[0]?.at);

    const target = owner === 'tampere' ? 'helsinki' : 'tampere';
    await changeTicket(env, filed.id, (rules, ticket) => {
      requestHandoff(rules, ticket, owner, { to: target, mode: 'consult' }, rules.clock.nowIso());
    });
    const offered = await tickets.find(filed.id);
    if (!offered) throw new Error('lost');
    const expected = deskEventsOf(offered, marksOf(asFiled));
    expect(expected.map((draft) => draft.desk).sort()).toEqual([owner, target].sort());
    const ownersNew = await log.since(owner, 1, 10);
    const targets = await allOf(log, target);
    expect([...ownersNew, ...targets].map(draftOf)).toEqual(expect.arrayContaining(expected));
    expect(expected).toHaveLength(2);
    expect(ownersNew).toEqual([
      expect.objectContaining({ id: `${owner}:2`, seq: 2, type: 'handoff.offered' }),
    ]);
    expect(targets).toEqual([
      expect.objectContaining({ id: `${target}:1`, seq: 1, type: 'handoff.offered' }),
    ]);
    expect(await log.bounds(owner)).toEqual({ latest: 2, oldest: 1 });
    expect(await log.bounds(target)).toEqual({ latest: 1, oldest: 1 });
  });

  it('numbers each desk’s events 1, 2, … across tickets and changes, and reads them in pages', async () => {
    const { log, env } = await setUp();
    const tickets = [await file(env), await file(env), await file(env)];
    for (let round = 0; round < 4; round += 1) {
      for (const ticket of tickets) await nudge(env, ticket.id);
    }
    const owner = tickets[0]?.owner ?? '';
    const events = await allOf(log, owner);
    expect(seqs(events)).toEqual(range(1, 15));
    expect(events.map((event) => event.id)).toEqual(range(1, 15).map((seq) => `${owner}:${seq}`));
    expect(await log.bounds(owner)).toEqual({ latest: 15, oldest: 1 });
    expect(seqs(await log.since(owner, 6, 3))).toEqual([7, 8, 9]);
    expect(seqs(await log.since(owner, 14, 100))).toEqual([15]);
    expect(await log.since(owner, 15, 100)).toEqual([]);
    expect(await log.since(owner, 0, 0)).toEqual([]);
    expect(await log.since('nobody', 0, 10)).toEqual([]);
    expect(await log.bounds('nobody')).toEqual({ latest: 0, oldest: 1 });
  });

  it('writes no event for a change that rolls back or changes nothing; the next takes the next seq', async () => {
    const { log, env, tickets } = await setUp();
    const ticket = await file(env);
    const owner = ticket.owner;
    const told: number[] = [];
    const stop = log.follow(owner, () => told.push(told.length));
    try {
      const refusal = await rejected(() =>
        changeTicket(env, ticket.id, (rules, stored) => {
          requestHandoff(
            rules,
            stored,
            owner,
            { to: 'tampere', mode: 'consult' },
            rules.clock.nowIso(),
          );
          throw new Error('refused after the change');
        }),
      );
      expect(refusal.message).toBe('refused after the change');
      await changeTicket(env, ticket.id, () => undefined);
      expect(await log.bounds(owner)).toEqual({ latest: 1, oldest: 1 });
      expect(await log.bounds('tampere')).toEqual({ latest: 0, oldest: 1 });
      expect(told).toEqual([]);

      // A filing in a transaction that rolls back (as an Idempotency-Key's would) writes none.
      await expect(
        inTransaction(getDb(), async () => {
          await tickets.file(() => {
            throw new Error('filing refused');
          });
        }),
      ).rejects.toThrow('filing refused');
      await expect(
        inTransaction(getDb(), async () => {
          await file(env);
          throw new Error('rolled back after the filing');
        }),
      ).rejects.toThrow('rolled back after the filing');
      expect(await log.bounds(owner)).toEqual({ latest: 1, oldest: 1 });
      expect(told).toEqual([]);

      await nudge(env, ticket.id);
      expect(seqs(await allOf(log, owner))).toEqual([1, 2]);
      expect(told).toEqual([0]);
    } finally {
      stop();
    }
  });

  it('tells a desk’s followers once the events are saved, and only that desk’s', async () => {
    const { log, env } = await setUp();
    const ticket = await file(env);
    const owner = ticket.owner;
    /** What each call of the follower read at once: the newest seq then. */
    const read: Promise<number>[] = [];
    const stop = log.follow(owner, () => {
      read.push(log.bounds(owner).then((bounds) => bounds.latest));
    });
    const others: number[] = [];
    const stopOther = log.follow('tampere', () => others.push(1));
    const stopped: number[] = [];
    const stopThird = log.follow(owner, () => stopped.push(1));
    stopThird();
    try {
      await nudge(env, ticket.id);
      expect(await Promise.all(read)).toEqual([2]);
      // A filing in an ambient transaction: told after that transaction commits.
      await inTransaction(getDb(), async () => {
        await file(env);
        expect(read).toHaveLength(1);
      });
      expect(await Promise.all(read)).toEqual([2, 3]);
      expect(others).toEqual([]);
      expect(stopped).toEqual([]);
    } finally {
      stop();
      stopOther();
    }
  });

  it('deletes events past retention in batches, a prefix per desk: bounds move and seqs go on', async () => {
    const { log, env, db } = await setUp();
    const ticket = await file(env);
    const owner = ticket.owner;
    for (let n = 0; n < 4; n += 1) await nudge(env, ticket.id);
    // Rows written from here on are at least a millisecond younger than any before.
    await sleep(5);
    const cutoff = new Date();
    await sleep(5);
    for (let n = 0; n < 3; n += 1) await nudge(env, ticket.id);
    expect(await log.bounds(owner)).toEqual({ latest: 8, oldest: 1 });

    expect(await deleteDeskEventsBefore(db, cutoff, { batchSize: 2 })).toBe(5);
    expect(await log.bounds(owner)).toEqual({ latest: 8, oldest: 6 });
    expect(seqs(await allOf(log, owner))).toEqual([6, 7, 8]);
    expect(seqs(await log.since(owner, 2, 10))).toEqual([6, 7, 8]);
    expect(await deleteDeskEventsBefore(db, cutoff)).toBe(0);

    expect(await deleteDeskEventsBefore(db, new Date(Date.now() + 60_000))).toBe(3);
    expect(await log.bounds(owner)).toEqual({ latest: 8, oldest: 9 });
    expect(await allOf(log, owner)).toEqual([]);

    await nudge(env, ticket.id);
    expect(await log.bounds(owner)).toEqual({ latest: 9, oldest: 9 });
    expect(await allOf(log, owner)).toEqual([
      expect.objectContaining({ id: `${owner}:9`, seq: 9, type: 'status.changed' }),
    ]);
  });

  it('runs retention at start and then every interval: events older than its days go', async () => {
    const { log, db } = await setUp();
    // Rows as they would be after days: written_at is the database's own, so set here by hand.
    for (const [seq, daysAgo] of [
      [1, 20],
      [2, 15],
      [3, 13],
    ] as const) {
      await sql`insert into desk_events (desk_id, seq, id, type, ticket_id, version, at, data, written_at)
        values ('opin', ${seq}, ${`opin:${seq}`}, 'status.changed', 'OPIN-000000000001', 1, now(),
          '{}', now() - make_interval(days => ${daysAgo}))`.execute(db);
    }
    await sql`insert into desk_event_counters (desk_id, last_seq) values ('opin', 3)`.execute(db);
    const reported: unknown[] = [];
    const task = startDeskEventRetention(db, { retentionDays: 14 }, silentLog, (error) =>
      reported.push(error),
    );
    try {
      await until(async () => (await log.bounds('opin')).oldest === 3);
      expect(await log.bounds('opin')).toEqual({ latest: 3, oldest: 3 });
      expect(seqs(await allOf(log, 'opin'))).toEqual([3]);
    } finally {
      await task.stop();
    }
    expect(reported).toEqual([]);
  });

  it('keeps events append-only outside retention', async () => {
    const { env, db } = await setUp();
    await file(env);
    await expect(db.updateTable('desk_events').set({ version: 7 }).execute()).rejects.toThrow(
      /desk_events is append-only: UPDATE refused/,
    );
    await expect(db.deleteFrom('desk_events').execute()).rejects.toThrow(
      /desk_events is append-only: DELETE refused/,
    );
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`select set_config('opin.desk_event_retention', 'on', true)`.execute(trx);
        await trx.updateTable('desk_events').set({ version: 7 }).execute();
      }),
    ).rejects.toThrow(/desk_events is append-only: UPDATE refused/);
    const rows = await db.selectFrom('desk_events').select(['id', 'version']).execute();
    expect(rows).toEqual([expect.objectContaining({ version: 1 })]);
  });
}
