/**
 * What the database itself enforces, run against each target (PGlite and PostgreSQL): the same
 * tests, so the embedded default keeps the guarantees of a real PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { migrations } from '../../src/storage/migrations/index.js';
import { jsonb } from '../../src/storage/tables/json.js';
import { fireOneDueTimer } from '../../src/storage/timers.js';
import { fileTicket, ticketRow } from './rows.js';

/** The tests; `getDb` gives the migrated database of the file. */
export function storageRules(getDb: () => Kysely<Database>): void {
  it('applies every migration, in order, and records them', async () => {
    const applied = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(getDb());
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_name not like 'kysely_%'
      order by table_name`.execute(getDb());
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      'article_feedback',
      'confirmation_mails',
      'desk_event_counters',
      'desk_events',
      'desk_keys',
      'efecte_cards',
      'efecte_sync',
      'handoffs',
      'idempotency_keys',
      'inbound_emails',
      'outbox',
      'reply_key',
      'ticket_events',
      'ticket_messages',
      'tickets',
      'timers',
      'webhook_deliveries',
    ]);
  });

  it('stores a ticket and reads its json and timestamps back', async () => {
    const db = getDb();
    const id = await fileTicket(db);
    const row = await db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.plan).toEqual({ answeringDesk: 'hanken', expectedBy: '2026-03-04T09:00:00.000Z' });
    expect(row.access_ended).toEqual([]);
    expect(row.planned_handoff).toBeNull();
    expect(row.created_at).toEqual(new Date('2026-03-02T09:00:00.000Z'));
    await expect(
      db
        .insertInto('tickets')
        .values({ ...ticketRow(), version: 0 })
        .execute(),
    ).rejects.toThrow(/check constraint/);
    await expect(
      db
        .insertInto('tickets')
        .values({ ...ticketRow(), status: 'lost' as 'closed' })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('keeps the timeline append-only: inserts pass, updates and deletes fail', async () => {
    const db = getDb();
    const id = await fileTicket(db);
    const event = { id: 'evt-1', at: '2026-03-02T09:00:00.000Z', type: 'created', desk: 'opin' };
    await db
      .insertInto('ticket_events')
      .values({ ticket_id: id, seq: 0, event: jsonb(event) })
      .execute();
    await db
      .insertInto('ticket_events')
      .values({ ticket_id: id, seq: 1, event: jsonb({ ...event, id: 'evt-2', type: 'message' }) })
      .execute();
    await expect(
      db
        .updateTable('ticket_events')
        .set({ event: jsonb({}) })
        .where('ticket_id', '=', id)
        .execute(),
    ).rejects.toThrow(/ticket_events is append-only: UPDATE refused/);
    await expect(
      db.deleteFrom('ticket_events').where('ticket_id', '=', id).execute(),
    ).rejects.toThrow(/ticket_events is append-only: DELETE refused/);
    await expect(
      db
        .insertInto('ticket_events')
        .values({ ticket_id: id, seq: 1, event: jsonb(event) })
        .execute(),
    ).rejects.toThrow(/duplicate key/);
    const kept = await db
      .selectFrom('ticket_events')
      .select('event')
      .where('ticket_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(kept.map((row) => row.event.id)).toEqual(['evt-1', 'evt-2']);
  });

  it('keeps messages and internal notes append-only, numbered per visibility', async () => {
    const db = getDb();
    const id = await fileTicket(db);
    const message = {
      id: 'msg-1',
      at: '2026-03-02T09:00:00.000Z',
      author: { kind: 'learner' },
      body: 'Hei',
      language: 'fi',
    };
    const note = {
      id: 'note-1',
      at: '2026-03-02T09:05:00.000Z',
      desk: 'opin',
      kind: 'note',
      body: 'Sisäinen',
    };
    await db
      .insertInto('ticket_messages')
      .values([
        { ticket_id: id, visibility: 'learner', seq: 0, entry: jsonb(message) },
        { ticket_id: id, visibility: 'internal', seq: 0, entry: jsonb(note) },
      ])
      .execute();
    await expect(
      db
        .updateTable('ticket_messages')
        .set({ entry: jsonb({}) })
        .where('ticket_id', '=', id)
        .execute(),
    ).rejects.toThrow(/ticket_messages is append-only: UPDATE refused/);
    await expect(
      db.deleteFrom('ticket_messages').where('visibility', '=', 'internal').execute(),
    ).rejects.toThrow(/ticket_messages is append-only: DELETE refused/);
    await expect(
      db
        .insertInto('ticket_messages')
        .values({ ticket_id: id, visibility: 'secret' as 'internal', seq: 1, entry: jsonb(note) })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('allows at most one open hand-off per ticket', async () => {
    const db = getDb();
    const id = await fileTicket(db);
    const other = await fileTicket(db);
    const handoff = {
      ticket_id: id,
      from_desk: 'opin',
      to_desk: 'hanken',
      mode: 'transfer' as const,
      state: 'pending' as const,
      requested_at: '2026-03-02T10:00:00.000Z',
      responded_at: null,
      answered_at: null,
    };
    const first = await db
      .insertInto('handoffs')
      .values(handoff)
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(typeof first.id).toBe('string');
    await expect(
      db
        .insertInto('handoffs')
        .values({ ...handoff, to_desk: 'aalto' })
        .execute(),
    ).rejects.toThrow(/handoffs_one_open_per_ticket/);
    // Another ticket has its own.
    await db
      .insertInto('handoffs')
      .values({ ...handoff, ticket_id: other })
      .execute();
    // Once it returns, a new one may open; a returned one never counts.
    await db
      .updateTable('handoffs')
      .set({ state: 'returned', responded_at: '2026-03-02T11:00:00.000Z' })
      .where('id', '=', first.id)
      .execute();
    await db
      .insertInto('handoffs')
      .values({ ...handoff, mode: 'consult', to_desk: 'aalto' })
      .execute();
    // An accepted consult still binds the ticket until its answer arrives.
    await db
      .updateTable('handoffs')
      .set({ state: 'accepted', responded_at: '2026-03-02T12:00:00.000Z' })
      .where('ticket_id', '=', id)
      .where('state', '=', 'pending')
      .execute();
    await expect(db.insertInto('handoffs').values(handoff).execute()).rejects.toThrow(
      /handoffs_one_open_per_ticket/,
    );
    await db
      .updateTable('handoffs')
      .set({ answered_at: '2026-03-02T13:00:00.000Z' })
      .where('ticket_id', '=', id)
      .where('state', '=', 'accepted')
      .execute();
    await db.insertInto('handoffs').values(handoff).execute();
    await expect(
      db
        .insertInto('handoffs')
        .values({ ...handoff, ticket_id: other, to_desk: 'opin', state: 'returned' })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('remembers an idempotency key once per client', async () => {
    const db = getDb();
    const record = {
      client: 'client-a',
      key_hash: 'b'.repeat(64),
      request_hash: 'c'.repeat(64),
      response: jsonb(null),
      expires_at: '2026-03-03T09:00:00.000Z',
    };
    await db.insertInto('idempotency_keys').values(record).execute();
    await expect(db.insertInto('idempotency_keys').values(record).execute()).rejects.toThrow(
      /duplicate key/,
    );
    await db
      .insertInto('idempotency_keys')
      .values({ ...record, client: 'client-b' })
      .execute();
  });

  it('applies an inbound Message-ID once per desk', async () => {
    const db = getDb();
    const email = {
      desk_id: 'tampere',
      message_id: 'abc@mail.example',
      fingerprint: 'f',
      outcome: jsonb({ kind: 'ignored' }),
    };
    await db.insertInto('inbound_emails').values(email).execute();
    await expect(db.insertInto('inbound_emails').values(email).execute()).rejects.toThrow(
      /duplicate key/,
    );
    await db
      .insertInto('inbound_emails')
      .values({ ...email, desk_id: 'hanken' })
      .execute();
  });

  it('sends an outbox row at most once', async () => {
    const db = getDb();
    const { id } = await db
      .insertInto('outbox')
      .values({
        ticket_id: null,
        sender: 'desk@opin.example',
        recipient: 'learner@example.org',
        subject: 'S',
        body: 'B',
        sent_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      db.updateTable('outbox').set({ state: 'sent' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/check constraint/);
    await db
      .updateTable('outbox')
      .set({ state: 'sent', sent_at: new Date() })
      .where('id', '=', id)
      .execute();
    await expect(
      db
        .updateTable('outbox')
        .set({ state: 'pending', sent_at: null })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/was sent: UPDATE refused/);
    await expect(db.deleteFrom('outbox').where('id', '=', id).execute()).rejects.toThrow(
      /was sent: DELETE refused/,
    );
  });

  it('keeps desk key hashes unique', async () => {
    const db = getDb();
    const key = { id: 'dk_1', desk_id: 'hanken', key_hash: 'd'.repeat(64) };
    await db.insertInto('desk_keys').values(key).execute();
    await expect(
      db
        .insertInto('desk_keys')
        .values({ ...key, id: 'dk_2' })
        .execute(),
    ).rejects.toThrow(/duplicate key/);
  });

  it('counts article feedback per article, never below zero', async () => {
    const db = getDb();
    await db.insertInto('article_feedback').values({ article_id: 'reset-password' }).execute();
    await db
      .updateTable('article_feedback')
      .set((eb) => ({ helpful: eb('helpful', '+', 1) }))
      .where('article_id', '=', 'reset-password')
      .execute();
    const row = await db.selectFrom('article_feedback').selectAll().executeTakeFirstOrThrow();
    expect(row).toEqual({ article_id: 'reset-password', helpful: 1, not_helpful: 0 });
    await expect(
      db.insertInto('article_feedback').values({ article_id: 'reset-password' }).execute(),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      db.updateTable('article_feedback').set({ not_helpful: -1 }).execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('keeps confirmation mailboxes only as hashes', async () => {
    const db = getDb();
    const at = '2026-03-02T09:00:00.000Z';
    await db
      .insertInto('confirmation_mails')
      .values({ mailbox_hash: 'e'.repeat(64), sent_at: at })
      .execute();
    await expect(
      db
        .insertInto('confirmation_mails')
        .values({ mailbox_hash: 'learner@example.org', sent_at: at })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('fires a due timer once, in the transaction that deletes it, and keeps it when firing fails', async () => {
    const db = getDb();
    const id = await fileTicket(db);
    await db
      .insertInto('timers')
      .values([
        { ticket_id: id, kind: 'handoff_ack', due_at: '2026-03-02T10:00:00.000Z' },
        { ticket_id: id, kind: 'auto_close', due_at: '2026-03-09T10:00:00.000Z' },
      ])
      .execute();
    await expect(
      db
        .insertInto('timers')
        .values({ ticket_id: id, kind: 'auto_close', due_at: '2026-03-10T10:00:00.000Z' })
        .execute(),
    ).rejects.toThrow(/duplicate key/);
    const now = new Date('2026-03-03T00:00:00.000Z');
    await expect(
      fireOneDueTimer(db, now, () => Promise.reject(new Error('rule failed'))),
    ).rejects.toThrow('rule failed');
    const fired: string[] = [];
    const timer = await fireOneDueTimer(db, now, async (due, trx) => {
      fired.push(due.kind);
      await trx
        .updateTable('tickets')
        .set({ version: 2 })
        .where('id', '=', due.ticket_id)
        .execute();
    });
    expect(timer?.kind).toBe('handoff_ack');
    expect(fired).toEqual(['handoff_ack']);
    expect(await fireOneDueTimer(db, now, () => Promise.resolve())).toBeNull();
    const left = await db.selectFrom('timers').select('kind').where('ticket_id', '=', id).execute();
    expect(left).toEqual([{ kind: 'auto_close' }]);
    const ticket = await db
      .selectFrom('tickets')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(ticket.version).toBe(2);
  });
}
