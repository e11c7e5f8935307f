/**
 * `TicketRepository` on the server's tables (docs/design/server.md, "Storage"), for both targets:
 * PGlite and PostgreSQL. A change is one transaction: it locks the ticket's row
 * (`SELECT … FOR UPDATE`, so changes of one ticket take turns across connections and instances),
 * loads its entries, hand-off and outbox, runs the synchronous rule on a copy (loading any other
 * records it reads, `./run-rule.ts`), and saves what `changeOf` gives with the rule's records, the
 * hand-off rows and the timer, then the desk events of what it saved (`deskEventsOf`,
 * `./desk-event-rows.ts`), then commits. A rule that throws rolls everything back.
 *
 * Followers hear of a saved change after the commit. On PostgreSQL with {@link
 * PostgresTicketRepository.listen}, every instance hears every change through
 * `LISTEN ticket_changed` (its own included) and tells its followers the ticket as then stored; on
 * PGlite (one process) the repository tells its followers itself, after the commit. The desk event
 * log's followers (`./sql-desk-event-log.ts`) are told the same way, through `LISTEN desk_event`.
 * @internal
 */
import type { Kysely } from 'kysely';
import {
  changeOf,
  deskEventsOf,
  inQueueOf,
  marksOf,
  notFound,
  validationFailed,
  type Page,
  type PageRequest,
  type RuleRecords,
  type StoredTicket,
  type TicketFollower,
  type TicketRepository,
  type TicketRule,
} from '@opin/support-domain';
import type { Logger } from '../log/logger.js';
import { joinOrBegin } from '../storage/ambient-transaction.js';
import type { Database } from '../storage/database.js';
import { listenForChanges, type ChangeListener } from './change-listener.js';
import type { WebhookDesks } from '../delivery/webhook-queue.js';
import { appendDeskEvents } from './desk-event-rows.js';
import type { DeskEventNotice } from './desk-event-notify.js';
import { deskQueueCandidates } from './desk-queue-rows.js';
import { IdPool } from './id-pool.js';
import { LoadedRecords } from './loaded-records.js';
import { LocalFollowers } from './local-followers.js';
import { outboxAbout } from './outbox-rows.js';
import { runRule } from './run-rule.js';
import { SqlDeskEventLog } from './sql-desk-event-log.js';
import { loadTickets } from './ticket-rows.js';
import { notifyChange, type ChangeNotice } from './ticket-notify.js';
import type { ClockOptions } from './ticket-timer.js';
import { canNameRow } from '../storage/row-key.js';
import { insertTicket, loadedTicket, saveChange } from './ticket-writes.js';

/** Tickets and the rules' records in the server's database. */
export class PostgresTicketRepository implements TicketRepository {
  readonly #db: Kysely<Database>;
  readonly #options: ClockOptions;
  readonly #webhookDesks: WebhookDesks;
  readonly #ids = new IdPool();
  readonly #followers = new LocalFollowers();
  #listener: ChangeListener | undefined;
  #log: Logger | undefined;
  /** The desks' event logs, which `file` and `change` write in their transactions. */
  readonly deskEvents: SqlDeskEventLog;

  /**
   * `options`: the rule options the clock reads (`nextClockTime`); `webhookDesks`: the desks whose
   * webhook a change queues deliveries for (none by default).
   */
  constructor(db: Kysely<Database>, options: ClockOptions, webhookDesks: WebhookDesks = new Map()) {
    this.#db = db;
    this.#options = options;
    this.#webhookDesks = webhookDesks;
    this.deskEvents = new SqlDeskEventLog(db);
  }

  /**
   * Hears every change saved on the PostgreSQL at `url`, by any instance, and tells this
   * instance's followers (from then on they are told only this way). Resolves once listening.
   * After the listening connection was lost and made again, every followed ticket is read again
   * and its followers told of a version they have not heard, and every desk event log follower is
   * told to read its log again: changes saved meanwhile were not heard.
   */
  async listen(url: string, log: Logger): Promise<void> {
    this.#log = log;
    this.#listener = await listenForChanges(url, log, {
      onChange: (notice) => this.#heard(notice),
      onDeskEvent: (notice) => this.deskEvents.told(notice.desk),
      onResumed: () => {
        for (const ticketId of this.#followers.ticketIds()) this.#heard({ ticketId, version: 1 });
        this.deskEvents.toldAll();
      },
    });
  }

  /** The PostgreSQL backend listening for this repository now, if any (diagnostics and tests). */
  get listenerBackendPid(): number | undefined {
    return this.#listener?.backendPid;
  }

  /** Stops listening and ends every follower. */
  async close(): Promise<void> {
    await this.#listener?.close();
    this.#listener = undefined;
    this.#followers.endAll();
  }

  /**
   * After the demo's reset (`../http-state/sql-api-control.ts`) emptied the tables and restarted the
   * id sequences: ends every follower here and forgets the ids pooled from the old sequences, so the
   * next ids are the sequences' first. Other instances are not told.
   */
  storageReset(): void {
    this.#ids.clear();
    this.#followers.endAll();
    this.deskEvents.toldAll();
  }

  /** Files in the ambient transaction if there is one (`../storage/ambient-transaction.ts`). */
  async file(build: (records: RuleRecords) => StoredTicket): Promise<StoredTicket> {
    const { ticket } = await joinOrBegin(
      this.#db,
      async (trx) => {
        const run = await runRule(trx, new LoadedRecords(this.#ids), build);
        await insertTicket(trx, run.result, this.#options);
        await run.records.save(trx);
        const notices = await appendDeskEvents(trx, deskEventsOf(run.result), this.#webhookDesks);
        return { ticket: run.result, notices };
      },
      ({ notices }) => this.#savedDeskEvents(notices),
    );
    return ticket;
  }

  async change<T>(id: string, rule: TicketRule<T>): Promise<T> {
    const { result, saved, notices } = await this.#db.transaction().execute(async (trx) => {
      const [stored] = await loadTickets(trx, [id], true);
      if (!stored) throw notFound('No such ticket.');
      const loaded = new LoadedRecords(this.#ids);
      loaded.outbox.set(id, await outboxAbout(trx, id));
      const marks = marksOf(stored);
      const before = loadedTicket(stored, this.#options);
      let working = stored;
      const run = await runRule(trx, loaded, (records) => {
        working = structuredClone(stored);
        return rule(working, records);
      });
      const change = changeOf(marks, working);
      if (change) await saveChange(trx, change, working, before, this.#options);
      await run.records.save(trx);
      if (!change) return { result: run.result, saved: undefined, notices: [] };
      await notifyChange(trx, { ticketId: id, version: working.version });
      // Last: the desks' counter rows stay locked only from here to the commit.
      const notices = await appendDeskEvents(trx, deskEventsOf(working, marks), this.#webhookDesks);
      return { result: run.result, saved: working, notices };
    });
    if (saved && this.#listener === undefined) this.#followers.changed(saved);
    this.#savedDeskEvents(notices);
    return result;
  }

  /** Runs in the ambient transaction if there is one (`../storage/ambient-transaction.ts`). */
  records<T>(work: (records: RuleRecords) => T): Promise<T> {
    return joinOrBegin(this.#db, async (trx) => {
      const run = await runRule(trx, new LoadedRecords(this.#ids), work);
      await run.records.save(trx);
      return run.result;
    });
  }

  async find(id: string): Promise<StoredTicket | undefined> {
    const [ticket] = await loadTickets(this.#db, [id]);
    return ticket;
  }

  async queue(desk: string, page: PageRequest): Promise<Page<StoredTicket>> {
    let after = '0';
    if (page.cursor !== undefined) {
      const cursor = canNameRow(page.cursor)
        ? await this.#db
            .selectFrom('tickets')
            .select('filed')
            .where('id', '=', page.cursor)
            .executeTakeFirst()
        : undefined;
      if (!cursor) {
        throw validationFailed('cursor names no page of this list; start from the first page.', [
          'cursor',
        ]);
      }
      after = cursor.filed;
    }
    // The SQL half of `inQueueOf`, so only candidates are loaded; `inQueueOf` still decides.
    const ids = await deskQueueCandidates(this.#db, desk, after, page.limit + 1);
    const tickets = (await loadTickets(this.#db, ids)).filter((ticket) => inQueueOf(ticket, desk));
    const items = tickets.slice(0, page.limit);
    const more = tickets.length > page.limit;
    return { items, next: more ? items.at(-1)?.id : undefined };
  }

  async dueForClock(now: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('timers')
      .select('ticket_id')
      .where('due_at', '<=', new Date(now))
      .groupBy('ticket_id')
      .orderBy((eb) => eb.fn.min('due_at'))
      .orderBy('ticket_id')
      .execute();
    return rows.map((row) => row.ticket_id);
  }

  follow(id: string, follower: TicketFollower): () => void {
    return this.#followers.add(id, follower);
  }

  /** After a commit: tells the desks' followers here, unless the listener hears of it. */
  #savedDeskEvents(notices: readonly DeskEventNotice[]): void {
    if (this.#listener !== undefined) return;
    for (const { desk } of notices) this.deskEvents.told(desk);
  }

  #heard(notice: ChangeNotice): void {
    if (!this.#followers.has(notice.ticketId)) return;
    this.find(notice.ticketId).then(
      (ticket) => {
        if (ticket && ticket.version >= notice.version) this.#followers.changed(ticket);
      },
      (error: unknown) =>
        this.#log?.warn(
          { err: { message: error instanceof Error ? error.message : String(error) } },
          'could not load a changed ticket for its followers',
        ),
    );
  }
}
