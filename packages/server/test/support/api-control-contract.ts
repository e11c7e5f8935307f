/**
 * What `SqlApiControl` answers, run on each target, compared with the mock's storage
 * (`MemoryTicketRepository`) driven by the same rules at the same clock: the outbox's pages and
 * filters, the stats, and the reset (empty, first ids again, followers ended, desk keys kept).
 */
import { sql, type Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import {
  defaultRuleOptions,
  demoDirectory,
  fileTicket,
  MemoryTicketRepository,
  pageOf,
  planTicket,
  type DomainClock,
  type FiledTicket,
  type NewTicketInput,
  type Page,
  type PageRequest,
  type TicketRepository,
  newReplyKey,
} from '@opin/support-domain';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import { ticketInput } from '../../../domain/test/support/rules.js';
import { SqlApiControl } from '../../src/http-state/sql-api-control.js';
import { SqlIdempotencyStore } from '../../src/http-state/sql-idempotency-store.js';
import { createDeskKey, listDeskKeys } from '../../src/keys/desk-keys.js';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import type { Database } from '../../src/storage/database.js';

/** A clock that stands still: both storages write the same times. */
const fixedClock: DomainClock = {
  now: () => new Date('2026-03-02T09:00:00.000Z'),
  nowIso: () => '2026-03-02T09:00:00.000Z',
};

/** The tickets both storages get, in this order: e-mails to learners and to an e-mail desk. */
const inputs: Partial<NewTicketInput>[] = [
  {},
  { origin: 'tampere', contact: { email: 'Maija@Example.fi', name: 'Maija' } },
  { contact: { email: 'pekka@example.fi', name: 'Pekka' } },
  { origin: 'oulu', topicId: 'credits-and-grades' },
];

async function fileAll(tickets: TicketRepository): Promise<FiledTicket[]> {
  const env = {
    tickets,
    clock: fixedClock,
    options: defaultRuleOptions,
    directory: demoDirectory,
    replyKey: newReplyKey(),
  };
  const filed: FiledTicket[] = [];
  for (const input of inputs) {
    filed.push(await fileTicket(env, planTicket(demoDirectory, ticketInput(input))));
  }
  return filed;
}

/**
 * `value` as JSON with what is random in it replaced by what it stands for: the n-th ticket's
 * reference and access token, and the reply tags (in desk subjects and reply addresses).
 */
function normalized(value: unknown, filed: FiledTicket[]): string {
  let json = JSON.stringify(value);
  filed.forEach(({ ticket, accessToken }, n) => {
    json = json.replaceAll(ticket.id, `<ticket ${n}>`).replaceAll(accessToken, `<token ${n}>`);
  });
  return json
    .replace(/#[0-9a-z]{16}\]/g, '#<reply tag>]')
    .replace(/\.[0-9a-z]{16}@opin\.fi/g, '.<reply tag>@opin.fi');
}

/** The mock's `GET /_mock/outbox` over the memory repository. */
function memoryOutbox(
  memory: MemoryTicketRepository,
  filter: { to?: string; ticketId?: string },
  page: PageRequest,
): Page<OutboxEmail> {
  const to = filter.to?.toLowerCase();
  return pageOf(
    memory.recordStore.outbox,
    (email) =>
      (to === undefined || email.to.toLowerCase() === to) &&
      (filter.ticketId === undefined || email.ticketId === filter.ticketId),
    (email) => email.id,
    page,
  );
}

/** Every page of a list, walked with `limit`. */
async function allPages(
  read: (page: PageRequest) => Promise<Page<OutboxEmail>>,
  limit: number,
): Promise<Page<OutboxEmail>[]> {
  const pages: Page<OutboxEmail>[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit, cursor });
    pages.push(page);
    cursor = page.next;
  } while (cursor !== undefined);
  return pages;
}

/** The tests; `getDb` gives the file's migrated database. */
export function apiControlContract(getDb: () => Kysely<Database>): void {
  let tickets: PostgresTicketRepository;
  let control: SqlApiControl;
  beforeEach(async () => {
    tickets = new PostgresTicketRepository(getDb(), defaultRuleOptions);
    control = new SqlApiControl(getDb(), tickets);
    await control.reset();
  });

  it('pages and filters the outbox as the mock does for the same tickets', async () => {
    const memory = new MemoryTicketRepository(defaultRuleOptions);
    const sqlFiled = await fileAll(tickets);
    const memoryFiled = await fileAll(memory);
    expect(memory.recordStore.outbox.length).toBeGreaterThanOrEqual(5);
    const deskMail = memory.recordStore.outbox.find((email) => email.to.endsWith('tampere.fi'));
    const filters = (filed: FiledTicket[]) => [
      {},
      { to: 'MAIJA@example.FI' },
      { to: deskMail?.to ?? 'no desk e-mail' },
      { ticketId: filed[1]?.ticket.id ?? '' },
      { to: 'maija@example.fi', ticketId: filed[0]?.ticket.id ?? '' },
      { ticketId: 'OPIN-000000000000' },
    ];
    const sqlFilters = filters(sqlFiled);
    const memoryFilters = filters(memoryFiled);
    for (const [index, filter] of sqlFilters.entries()) {
      for (const limit of [1, 2, 50]) {
        const fromSql = await allPages((page) => control.outbox(filter, page), limit);
        const fromMemory = await allPages(
          (page) => Promise.resolve(memoryOutbox(memory, memoryFilters[index] ?? {}, page)),
          limit,
        );
        expect(normalized(fromSql, sqlFiled), `${JSON.stringify(filter)}, limit ${limit}`).toBe(
          normalized(fromMemory, memoryFiled),
        );
      }
    }
  });

  it('starts a page after a cursor that its filter leaves out, and refuses one it cannot find', async () => {
    const filed = await fileAll(tickets);
    const all = await control.outbox({}, { limit: 50, cursor: undefined });
    const first = all.items[0];
    const secondTicket = filed[1]?.ticket.id;
    const later = all.items.filter((email, index) => index > 0 && email.ticketId === secondTicket);
    expect(
      await control.outbox({ ticketId: secondTicket }, { limit: 50, cursor: first?.id }),
    ).toEqual({ items: later, next: undefined });
    await expect(control.outbox({}, { limit: 5, cursor: 'mail-999999' })).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
  });

  it('pages over rows written without an e-mail id or a ticket, by their row key', async () => {
    await fileAll(tickets);
    const bare = {
      sender: 'tuki@opin.fi',
      recipient: 'ops@example.fi',
      subject: 'Raportti',
      body: 'Ei tikettiä.',
      ticket_id: null,
      created_at: '2026-03-02T10:00:00.000Z',
      sent_at: null,
    };
    const inserted = await getDb()
      .insertInto('outbox')
      .values([bare, bare])
      .returning('id')
      .execute();
    const keys = inserted.map((row) => `mail-row-${row.id}`);
    const first = await control.outbox({ ticketId: '' }, { limit: 1, cursor: undefined });
    expect(first.items.map((email) => [email.id, email.ticketId, email.to])).toEqual([
      [keys[0], '', 'ops@example.fi'],
    ]);
    expect(first.next).toBe(keys[0]);
    const second = await control.outbox({ ticketId: '' }, { limit: 1, cursor: first.next });
    expect(second).toMatchObject({ items: [{ id: keys[1] }], next: undefined });
  });

  it('counts the tickets per owning desk, every desk listed', async () => {
    const deskIds = demoDirectory.desks.map((desk) => desk.id);
    expect(await control.stats(deskIds)).toEqual({
      tickets: 0,
      ticketsByDesk: Object.fromEntries(deskIds.map((id) => [id, 0])),
    });
    await fileAll(tickets);
    const stats = await control.stats(deskIds);
    expect(stats.tickets).toBe(4);
    expect(stats.ticketsByDesk).toEqual({
      ...Object.fromEntries(deskIds.map((id) => [id, 0])),
      opin: 2,
      tampere: 1,
      oulu: 1,
    });
  });

  it('resets to the seed: no data, first ids again, followers ended, desk keys kept', async () => {
    const db = getDb();
    const deskKey = await createDeskKey(db, 'helsinki');
    const filed = await fileAll(tickets);
    const keys = new SqlIdempotencyStore(db);
    const answer = { response: { status: 201, body: '{}' }, remember: true };
    await keys.once('client', 'key', '{}', Date.now(), 60_000, () => Promise.resolve(answer));
    let ended = 0;
    tickets.follow(filed[0]?.ticket.id ?? '', { changed: () => {}, ended: () => (ended += 1) });

    await control.reset();

    expect(ended).toBe(1);
    for (const table of [
      'tickets',
      'ticket_events',
      'ticket_messages',
      'handoffs',
      'timers',
      'outbox',
      'inbound_emails',
      'article_feedback',
      'confirmation_mails',
      'idempotency_keys',
    ]) {
      const { rows } = await sql<{ count: string }>`
        select count(*)::text as count from ${sql.table(table)}`.execute(db);
      expect(rows[0]?.count, table).toBe('0');
    }
    expect((await listDeskKeys(db)).map((key) => key.id)).toContain(deskKey.id);
    expect(await control.outbox({}, { limit: 10, cursor: undefined })).toEqual({
      items: [],
      next: undefined,
    });

    // After the reset the same tickets get the ids the mock gives after its own reset.
    const memory = new MemoryTicketRepository(defaultRuleOptions);
    await fileAll(memory);
    memory.reset();
    const memoryFiled = await fileAll(memory);
    const sqlFiled = await fileAll(tickets);
    // Record ids as the mock gives them: the timeline's, and the e-mails' (below).
    const stored = await Promise.all(sqlFiled.map(({ ticket }) => tickets.find(ticket.id)));
    expect(stored.map((ticket) => ticket?.timeline.map((event) => event.id))).toEqual(
      memoryFiled.map(({ ticket }) => memory.get(ticket.id)?.timeline.map((event) => event.id)),
    );
    expect(stored[0]?.timeline[0]?.id).toBe('evt-1');
    expect(normalized(await control.outbox({}, { limit: 50, cursor: undefined }), sqlFiled)).toBe(
      normalized(memoryOutbox(memory, {}, { limit: 50, cursor: undefined }), memoryFiled),
    );
  });
}
