/**
 * The ticket repository on PostgreSQL: the contract, SQL's own guarantees with two instances
 * (two pools on one schema), changes that wait for a row lock, and followers on another instance.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addEvent,
  changeTicket,
  commit,
  defaultRuleOptions,
  demoDirectory,
  fileTicket,
  planTicket,
  type DomainEnv,
  newReplyKey,
} from '@opin/support-domain';
import { describeTicketRepository } from '../../domain/test/support/repository-contract.js';
import { TestClock, ticketInput } from '../../domain/test/support/rules.js';
import { listenForChanges } from '../src/repository/change-listener.js';
import { PostgresTicketRepository } from '../src/repository/postgres-ticket-repository.js';
import { notifyChange } from '../src/repository/ticket-notify.js';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { deskQueueOnSql } from './support/desk-queue-rules.js';
import { repositoryOnSql } from './support/repository-sql-rules.js';
import { silentLog } from './support/silent-log.js';
import { emptyRepository, emptyTables } from './support/ticket-repository.js';

describeOnPostgres('ticket repository', () => {
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

  describeTicketRepository('PostgresTicketRepository on PostgreSQL', () => emptyRepository(db()));

  describe('on SQL', () => {
    repositoryOnSql(db, other);
    deskQueueOnSql(db);
  });

  const envOf = (tickets: PostgresTicketRepository): DomainEnv => ({
    tickets,
    clock: new TestClock(),
    options: defaultRuleOptions,
    directory: demoDirectory,
    replyKey: newReplyKey(),
  });

  it('makes changes that find the ticket locked wait, then apply each on the version before', async () => {
    await emptyTables(db());
    const tickets = new PostgresTicketRepository(db(), defaultRuleOptions);
    const { ticket } = await fileTicket(envOf(tickets), planTicket(demoDirectory, ticketInput()));
    const id = ticket.id;
    // A transaction of a third connection holds the ticket's row.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: (pid: number) => void;
    const isLocked = new Promise<number>((resolve) => (locked = resolve));
    const holder = other()
      .transaction()
      .execute(async (trx) => {
        await trx.selectFrom('tickets').select('id').where('id', '=', id).forUpdate().execute();
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        locked(rows[0]?.pid ?? 0);
        await released;
      });
    const holderPid = await isLocked;
    const step = (repository: PostgresTicketRepository, subject: string) =>
      changeTicket(envOf(repository), id, (rules, stored) => {
        addEvent(rules, stored, rules.clock.nowIso(), {
          type: 'status_changed',
          status: 'received',
        });
        stored.subject = subject;
        commit(stored, rules.clock.nowIso());
        return stored.version;
      });
    const changes = Promise.all([
      step(new PostgresTicketRepository(db(), defaultRuleOptions), 'first'),
      step(new PostgresTicketRepository(other(), defaultRuleOptions), 'second'),
    ]);
    // Both wait for the holder's lock (asked of the database, not timed).
    for (;;) {
      // Those behind the holder, and behind them (row locks queue).
      const { rows } = await sql<{ waiting: string }>`
        with recursive behind (pid) as (
          select ${holderPid}::integer
          union
          select activity.pid from pg_stat_activity activity, behind
          where behind.pid = any(pg_blocking_pids(activity.pid))
        )
        select (count(*) - 1)::text as waiting from behind`.execute(db());
      if (Number(rows[0]?.waiting) >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await holder;
    expect((await changes).sort()).toEqual([2, 3]);
    const stored = await tickets.find(id);
    expect(stored?.version).toBe(3);
    expect(stored?.timeline).toHaveLength(3);
  });

  it('tells a follower on another instance of a change saved through this one', async () => {
    await emptyTables(db());
    const here = new PostgresTicketRepository(db(), defaultRuleOptions);
    const there = new PostgresTicketRepository(other(), defaultRuleOptions);
    await here.listen(schemaUrl(), silentLog);
    await there.listen(schemaUrl(), silentLog);
    try {
      const { ticket } = await fileTicket(envOf(here), planTicket(demoDirectory, ticketInput()));
      const heardThere = new Promise<number>((resolve) => {
        there.follow(ticket.id, {
          changed: (changed) => resolve(changed.version),
          ended: () => {},
        });
      });
      const heardHere = new Promise<number>((resolve) => {
        here.follow(ticket.id, { changed: (changed) => resolve(changed.version), ended: () => {} });
      });
      await changeTicket(envOf(here), ticket.id, (rules, stored) => {
        stored.subject = 'Muutettu';
        commit(stored, rules.clock.nowIso());
      });
      expect(await heardThere).toBe(2);
      expect(await heardHere).toBe(2);
    } finally {
      await here.close();
      await there.close();
    }
  });

  it('tells its followers of a change saved while its listener was connecting again', async () => {
    await emptyTables(db());
    const here = new PostgresTicketRepository(db(), defaultRuleOptions);
    const there = new PostgresTicketRepository(other(), defaultRuleOptions);
    await there.listen(schemaUrl(), silentLog);
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const rename = (subject: string) =>
      changeTicket(envOf(here), ticket.id, (rules, stored) => {
        stored.subject = subject;
        commit(stored, rules.clock.nowIso());
      });
    const { ticket } = await fileTicket(envOf(here), planTicket(demoDirectory, ticketInput()));
    try {
      const heard: number[] = [];
      there.follow(ticket.id, {
        changed: (changed) => heard.push(changed.version),
        ended: () => {},
      });
      const lost = there.listenerBackendPid;
      expect(lost).toBeTypeOf('number');
      await sql`select pg_terminate_backend(${lost})`.execute(db());
      // The loss is noticed; the connection is made again only after a pause.
      await until(() => there.listenerBackendPid === undefined);
      await rename('Muutettu, kun kukaan ei kuunnellut');
      // Once listening again, the follower hears of the change it missed, once.
      await until(() => heard.length > 0);
      expect(heard).toEqual([2]);
      await until(() => there.listenerBackendPid !== undefined);
      await rename('Muutettu taas');
      await until(() => heard.length > 1);
      expect(heard).toEqual([2, 3]);
    } finally {
      await here.close();
      await there.close();
    }
  });

  it('listens again after losing its connection', async () => {
    const heard: string[] = [];
    const listener = await listenForChanges(schemaUrl(), silentLog, {
      onChange: (notice) => heard.push(`${notice.ticketId}:${notice.version}`),
    });
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    try {
      const lost = listener.backendPid;
      expect(lost).toBeTypeOf('number');
      await sql`select pg_terminate_backend(${lost})`.execute(db());
      await until(() => listener.backendPid !== undefined && listener.backendPid !== lost);
      const ticketId = `OPIN-reconnect-${String(lost)}`;
      await notifyChange(db(), { ticketId, version: 7 });
      await until(() => heard.includes(`${ticketId}:7`));
    } finally {
      await listener.close();
    }
  });
});
