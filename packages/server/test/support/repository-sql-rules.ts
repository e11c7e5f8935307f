/**
 * What the ticket repository guarantees on SQL beyond the domain's contract, run on each target:
 * changes of one ticket take turns and lose nothing, a rule that throws leaves every row as it
 * was, only appended entries are written (the append-only triggers would refuse anything else),
 * the hand-off rows guard "one open hand-off", and the timer row follows the ticket.
 */
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import {
  acceptHandoff,
  addEvent,
  changeTicket,
  commit,
  defaultRuleOptions,
  demoDirectory,
  fileTicket,
  nextClockTime,
  planTicket,
  requestHandoff,
  runClock,
  type DomainEnv,
  type TicketRepository,
  newReplyKey,
} from '@opin/support-domain';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import type { Database } from '../../src/storage/database.js';
import { rejected, TestClock, ticketInput } from '../../../domain/test/support/rules.js';
import { outboxAbout } from '../../src/repository/outbox-rows.js';
import { emptyTables } from './ticket-repository.js';

/** Every row of the tables a change writes, for before-and-after comparisons. */
async function allRows(db: Kysely<Database>): Promise<unknown> {
  const tables = ['tickets', 'ticket_events', 'ticket_messages', 'handoffs', 'timers', 'outbox'];
  const rows: Record<string, unknown> = {};
  for (const table of tables) {
    rows[table] = (await sql`select * from ${sql.table(table)} order by 1, 2`.execute(db)).rows;
  }
  return rows;
}

function envOf(tickets: TicketRepository): DomainEnv {
  return {
    tickets,
    clock: new TestClock(),
    options: defaultRuleOptions,
    directory: demoDirectory,
    replyKey: newReplyKey(),
  };
}

/**
 * The tests; `getDb` gives the file's migrated database, `getOther` a second connection pool to it
 * (another instance; the same pool on PGlite, whose one connection takes transactions in turn).
 */
export function repositoryOnSql(
  getDb: () => Kysely<Database>,
  getOther: () => Kysely<Database> = getDb,
): void {
  const setUp = async () => {
    await emptyTables(getDb());
    const tickets = new PostgresTicketRepository(getDb(), defaultRuleOptions);
    const env = envOf(tickets);
    const { ticket } = await fileTicket(env, planTicket(demoDirectory, ticketInput()));
    return { tickets, env, id: ticket.id, db: getDb() };
  };

  it('numbers record ids without gaps, though a rule runs again to load records', async () => {
    await emptyTables(getDb());
    const env = envOf(new PostgresTicketRepository(getDb(), defaultRuleOptions));
    const numbers: number[] = [];
    for (const email of ['eka@example.fi', 'toka@example.fi']) {
      // Each filing stops for ids and for its mailbox's confirmations before it runs through.
      const input = ticketInput({ contact: { email, name: 'Maija' } });
      const { ticket } = await fileTicket(env, planTicket(demoDirectory, input));
      numbers.push(Number(ticket.timeline[0]?.id.replace('evt-', '')));
    }
    expect(numbers[1]).toBe((numbers[0] ?? 0) + 1);
  });

  it('runs two changes of one ticket from two instances one after the other, losing neither', async () => {
    const { id, db } = await setUp();
    const first = envOf(new PostgresTicketRepository(db, defaultRuleOptions));
    const second = envOf(new PostgresTicketRepository(getOther(), defaultRuleOptions));
    const note = (env: DomainEnv, body: string) =>
      changeTicket(env, id, (rules, ticket) => {
        addEvent(rules, ticket, rules.clock.nowIso(), {
          type: 'status_changed',
          status: 'received',
        });
        ticket.subject = body;
        commit(ticket, rules.clock.nowIso());
        return ticket.version;
      });
    const versions = await Promise.all([note(first, 'first'), note(second, 'second')]);
    expect(versions.sort()).toEqual([2, 3]);
    const stored = await first.tickets.find(id);
    expect(stored?.version).toBe(3);
    expect(stored?.timeline.map((event) => event.type)).toEqual([
      'created',
      'status_changed',
      'status_changed',
    ]);
  });

  it('leaves every row as it was when a rule throws after changing the ticket', async () => {
    const { tickets, id, db } = await setUp();
    const before = await allRows(db);
    const refusal = await rejected(() =>
      changeTicket(envOf(tickets), id, (rules, ticket) => {
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'tampere', mode: 'consult', note: 'Hei' },
          rules.clock.nowIso(),
        );
        throw new Error('refused after the change');
      }),
    );
    expect(refusal.message).toBe('refused after the change');
    expect(await allRows(db)).toEqual(before);
  });

  it('writes only the entries a change appended, numbered after those stored', async () => {
    const { tickets, env, id, db } = await setUp();
    await changeTicket(env, id, (rules, ticket) =>
      requestHandoff(
        rules,
        ticket,
        'opin',
        { to: 'tampere', mode: 'consult', note: 'Katsotko?' },
        rules.clock.nowIso(),
      ),
    );
    await changeTicket(env, id, (rules, ticket) =>
      acceptHandoff(rules, ticket, 'tampere', rules.clock.nowIso()),
    );
    const stored = await tickets.find(id);
    const events = await db
      .selectFrom('ticket_events')
      .select(['seq', 'event'])
      .where('ticket_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(events.map((row) => row.seq)).toEqual(events.map((_row, index) => index));
    expect(events.map((row) => row.event)).toEqual(stored?.timeline);
    expect(stored?.timeline.map((event) => event.type)).toEqual([
      'created',
      'handoff_requested',
      'handoff_accepted',
    ]);
    expect(stored?.internalNotes.map((note) => note.body)).toEqual(['Katsotko?']);
    const { rows } = await sql<{ n_tup_upd: string }>`
      select coalesce(sum(n_tup_upd), 0)::text as n_tup_upd from pg_stat_user_tables
      where relname in ('ticket_events', 'ticket_messages')`.execute(db);
    expect(rows[0]?.n_tup_upd ?? '0').toBe('0');
    await expect(
      db.updateTable('ticket_events').set({ seq: 99 }).where('ticket_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('keeps the hand-off rows in step, so the database refuses a second open hand-off', async () => {
    const { tickets, env, id, db } = await setUp();
    await changeTicket(env, id, (rules, ticket) =>
      requestHandoff(
        rules,
        ticket,
        'opin',
        { to: 'helsinki', mode: 'consult' },
        rules.clock.nowIso(),
      ),
    );
    const rows = await db.selectFrom('handoffs').selectAll().where('ticket_id', '=', id).execute();
    expect(rows).toMatchObject([{ from_desk: 'opin', to_desk: 'helsinki', state: 'pending' }]);
    // Written directly, past the rules:
    await expect(
      db
        .insertInto('handoffs')
        .values({
          ticket_id: id,
          from_desk: 'opin',
          to_desk: 'aalto',
          mode: 'transfer',
          state: 'pending',
          requested_at: new Date(),
          responded_at: null,
          answered_at: null,
        })
        .execute(),
    ).rejects.toThrow(/handoffs_one_open_per_ticket/);
    // And a rule that starts one over the open one saves nothing.
    const before = await allRows(db);
    await expect(
      tickets.change(id, (ticket) => {
        ticket.handoff = {
          from: 'opin',
          to: 'aalto',
          mode: 'transfer',
          state: 'pending',
          requestedAt: new Date().toISOString(),
        };
        commit(ticket, new Date().toISOString());
      }),
    ).rejects.toThrow(/handoffs_one_open_per_ticket/);
    expect(await allRows(db)).toEqual(before);
    // Accepted, the consult stays open; the stored hand-off reads back as the rules left it.
    await changeTicket(env, id, (rules, ticket) =>
      acceptHandoff(rules, ticket, 'helsinki', rules.clock.nowIso()),
    );
    const accepted = await db
      .selectFrom('handoffs')
      .select('state')
      .where('ticket_id', '=', id)
      .execute();
    expect(accepted).toEqual([{ state: 'accepted' }]);
    expect((await tickets.find(id))?.handoff).toMatchObject({ to: 'helsinki', state: 'accepted' });
  });

  it('writes the ticket’s timer with its next clock time, and removes it when there is none', async () => {
    const { tickets, env, id, db } = await setUp();
    const timers = () =>
      db.selectFrom('timers').select(['kind', 'due_at']).where('ticket_id', '=', id).execute();
    expect(await timers()).toEqual([]);
    await changeTicket(env, id, (rules, ticket) =>
      requestHandoff(
        rules,
        ticket,
        'opin',
        { to: 'helsinki', mode: 'consult' },
        rules.clock.nowIso(),
      ),
    );
    const stored = await tickets.find(id);
    const due = stored && nextClockTime(stored, defaultRuleOptions);
    expect(due).toBeTruthy();
    expect(await timers()).toEqual([{ kind: 'handoff_ack', due_at: new Date(due ?? '') }]);
    await changeTicket(env, id, (rules, ticket) =>
      acceptHandoff(rules, ticket, 'helsinki', rules.clock.nowIso()),
    );
    expect(await timers()).toEqual([]);
    expect(await tickets.dueForClock(new Date(Date.parse(due ?? '') + 1).toISOString())).toEqual(
      [],
    );
  });

  it('keeps the records a rule reads in the database, shared by every instance', async () => {
    const { db } = await setUp();
    const instances = [getDb(), getOther()].map(
      (pool) => new PostgresTicketRepository(pool, defaultRuleOptions),
    );
    const [first, second] = instances as [PostgresTicketRepository, PostgresTicketRepository];
    // The hourly confirmation limit (5 a mailbox, the setUp ticket one of them) across instances.
    const filed: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const tickets = index % 2 === 0 ? second : first;
      filed.push(
        (await fileTicket(envOf(tickets), planTicket(demoDirectory, ticketInput()))).ticket.id,
      );
    }
    const confirmed = await Promise.all(
      filed.map(async (id) => (await outboxAbout(db, id)).length),
    );
    expect(confirmed).toEqual([1, 1, 1, 1, 0]);
    // An inbound record written through one instance is read through the other.
    const key = 'tampere\nreply-1@mail.example';
    const record = {
      fingerprint: 'f',
      outcome: { kind: 'ignored', reason: 'auto_reply' },
    } as const;
    await first.records((records) => records.inboundEmails.set(key, record));
    expect(await second.records((records) => records.inboundEmails.get(key))).toEqual(record);
    // Feedback counts add up.
    await first.records((records) => records.feedback.count('reset-password', true));
    await second.records((records) => {
      records.feedback.count('reset-password', true);
      records.feedback.count('reset-password', false);
    });
    expect(await db.selectFrom('article_feedback').selectAll().execute()).toEqual([
      { article_id: 'reset-password', helpful: 2, not_helpful: 1 },
    ]);
    // Ids from both instances never collide.
    const ids = await Promise.all(
      instances.flatMap((tickets) =>
        [1, 2, 3].map(() => tickets.records((records) => records.nextId('evt'))),
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets the clock run over the timers: a hand-off not acknowledged in time returns', async () => {
    const { tickets, env, id, db } = await setUp();
    const clock = new TestClock();
    const timed: DomainEnv = { ...env, clock };
    await changeTicket(timed, id, (rules, ticket) =>
      requestHandoff(
        rules,
        ticket,
        'opin',
        { to: 'helsinki', mode: 'consult' },
        rules.clock.nowIso(),
      ),
    );
    await runClock(timed);
    expect((await tickets.find(id))?.handoff?.state).toBe('pending');
    clock.advance(defaultRuleOptions.ackWindowMinutes + 1);
    await runClock(timed);
    const stored = await tickets.find(id);
    expect(stored?.handoff?.state).toBe('returned');
    expect(
      await db.selectFrom('handoffs').select('state').where('ticket_id', '=', id).execute(),
    ).toEqual([{ state: 'returned' }]);
    expect(
      await db.selectFrom('timers').select('kind').where('ticket_id', '=', id).execute(),
    ).toEqual([]);
    expect(await tickets.dueForClock(clock.nowIso())).toEqual([]);
  });
}
