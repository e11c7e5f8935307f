/**
 * The demo's control endpoints (`/_mock/*`, only with `--demo`) over the server's database: reset
 * to the seed, the outbox as the rules wrote it, and how many tickets each desk owns.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import { validationFailed, type Page, type PageRequest } from '@opin/support-domain';
import type { MockStats, OutboxEmail } from '@opin/support-sdk/schemas';
import { emailOf } from '../repository/outbox-rows.js';
import type { PostgresTicketRepository } from '../repository/postgres-ticket-repository.js';
import type { Database } from '../storage/database.js';
import type { ApiControl } from '@opin/support-http';
import { canNameRow } from '../storage/row-key.js';

/**
 * The tables the demo's reset empties: everything but desk keys, the desks' event counters and the
 * migrations' own. The counters stay, as on the mock, so an event id (`<desk>:<seq>`) never comes
 * twice: a webhook receiver that deduplicates on it never drops a new event as a repeat.
 */
const dataTables = [
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
  'desk_events',
  'webhook_deliveries',
] as const;

/** The record id sequences (`../storage/migrations/0013-ticket-repository.ts`). */
const idSequences = ['record_ids_evt', 'record_ids_msg', 'record_ids_note', 'record_ids_mail'];

/** How many outbox rows one read takes while filling a page. */
const scanBatch = 200;

/** The key of an e-mail of a row written without one (`emailOf`): `mail-row-<row id>`. */
const rowKey = /^mail-row-(\d{1,18})$/;

/** The demo's controls on the database and the repository over it. */
export class SqlApiControl implements ApiControl {
  readonly #db: Kysely<Database>;
  readonly #tickets: PostgresTicketRepository;

  constructor(db: Kysely<Database>, tickets: PostgresTicketRepository) {
    this.#db = db;
    this.#tickets = tickets;
  }

  async reset(): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      // TRUNCATE, not DELETE: the append-only and sent-once triggers guard rows, not emptying.
      await sql`truncate ${sql.join(dataTables.map((table) => sql.table(table)))}
        restart identity`.execute(trx);
      for (const sequence of idSequences) {
        await sql`alter sequence ${sql.table(sequence)} restart`.execute(trx);
      }
    });
    this.#tickets.storageReset();
  }

  async outbox(
    filter: { to?: string; ticketId?: string },
    page: PageRequest,
  ): Promise<Page<OutboxEmail>> {
    const after = page.cursor === undefined ? '0' : await this.#rowOf(page.cursor);
    const { ticketId } = filter;
    if (ticketId !== undefined && !canNameRow(ticketId)) return { items: [], next: undefined };
    const to = filter.to?.toLowerCase();
    // The recipient is compared as the mock compares it (JavaScript's lower case), so in JS.
    const keep = (email: OutboxEmail) => to === undefined || email.to.toLowerCase() === to;
    const items: OutboxEmail[] = [];
    let last = after;
    for (;;) {
      let query = this.#db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '>', last)
        .orderBy('id')
        .limit(scanBatch);
      // A row about no ticket reads as `ticketId: ''` (`emailOf`).
      if (ticketId === '') {
        query = query.where((eb) => eb.or([eb('ticket_id', 'is', null), eb('ticket_id', '=', '')]));
      } else if (ticketId !== undefined) {
        query = query.where('ticket_id', '=', ticketId);
      }
      const rows = await query.execute();
      for (const row of rows) {
        const email = emailOf(row);
        if (!keep(email)) continue;
        if (items.length === page.limit) return { items, next: items.at(-1)?.id };
        items.push(email);
      }
      const end = rows.at(-1);
      if (rows.length < scanBatch || end === undefined) return { items, next: undefined };
      last = end.id;
    }
  }

  async stats(deskIds: readonly string[]): Promise<MockStats> {
    const rows = await this.#db
      .selectFrom('tickets')
      .select(['owner', (eb) => eb.fn.countAll<string>().as('count')])
      .groupBy('owner')
      .execute();
    const ticketsByDesk: Record<string, number> = Object.fromEntries(deskIds.map((id) => [id, 0]));
    let tickets = 0;
    for (const row of rows) {
      ticketsByDesk[row.owner] = Number(row.count);
      tickets += Number(row.count);
    }
    return { tickets, ticketsByDesk };
  }

  /** The outbox row id the cursor (an e-mail id) names; refused like `pageOf` if none. */
  async #rowOf(cursor: string): Promise<string> {
    const synthetic = rowKey.exec(cursor)?.[1];
    const row = !canNameRow(cursor)
      ? undefined
      : await this.#db
          .selectFrom('outbox')
          .select('id')
          .where((eb) =>
            synthetic === undefined
              ? eb('email_id', '=', cursor)
              : eb.and([eb('email_id', 'is', null), eb('id', '=', synthetic)]),
          )
          .orderBy('id')
          .executeTakeFirst();
    if (!row) {
      throw validationFailed('cursor names no page of this list; start from the first page.', [
        'cursor',
      ]);
    }
    return row.id;
  }
}
