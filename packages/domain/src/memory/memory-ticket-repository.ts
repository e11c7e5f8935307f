/**
 * `TicketRepository` in memory: the mock's storage, and the reference the repository contract is
 * tested on. Tickets live in a `Map` in the order they were filed. A change runs its rule on a
 * copy of the ticket and saves the copy's change (`../repository/ticket-change.ts`) and its
 * records only if the rule returns, then tells the followers. Everything happens synchronously
 * within the call, so concurrent requests never interleave inside a change; the returned promise is
 * already settled.
 * @internal
 */
import { nextClockTime } from '../clock-due.js';
import { inQueueOf } from '../desk-access.js';
import { deskEventsOf } from '../desk-events.js';
import { notFound } from '../errors.js';
import type { StoredTicket } from '../model.js';
import { pageOf, type Page, type PageRequest } from '../page.js';
import { newReference } from '../reference.js';
import type { RuleRecords } from '../repository/rule-records.js';
import { applyChange, changeOf, marksOf } from '../repository/ticket-change.js';
import type { TicketFollower } from '../repository/ticket-follower.js';
import type { TicketRepository, TicketRule } from '../repository/ticket-repository.js';
import type { RuleOptions } from '../rule-options.js';
import { ChangeRecords } from './change-records.js';
import { Followers } from './followers.js';
import { MemoryDeskEventLog } from './memory-desk-event-log.js';
import { MemoryRecords } from './memory-records.js';

/** Runs `work` now and answers as a promise: its value, or its error as a rejection. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Tickets and records in memory. */
export class MemoryTicketRepository implements TicketRepository {
  readonly #tickets = new Map<string, StoredTicket>();
  /**
   * The ids of the tickets that had a next clock time when last saved, in the order they got one;
   * `dueForClock` drops those with none left.
   */
  readonly #clockWatched = new Set<string>();
  readonly #followers = new Followers();
  #resets = 0;
  readonly #options: Pick<RuleOptions, 'ackWindowMinutes'>;
  /** The store-wide records. */
  readonly recordStore = new MemoryRecords();
  readonly deskEvents = new MemoryDeskEventLog();

  constructor(options: Pick<RuleOptions, 'ackWindowMinutes'>) {
    this.#options = options;
  }

  file(build: (records: RuleRecords) => StoredTicket): Promise<StoredTicket> {
    return settled(() => {
      const records = this.#changeRecords();
      const ticket = build(records);
      this.#tickets.set(ticket.id, ticket);
      records.save();
      this.#watchClock(ticket);
      this.deskEvents.append(deskEventsOf(ticket));
      return ticket;
    });
  }

  change<T>(id: string, rule: TicketRule<T>): Promise<T> {
    return settled(() => {
      const stored = this.#tickets.get(id);
      if (!stored) throw notFound('No such ticket.');
      const loaded = marksOf(stored);
      const working = structuredClone(stored);
      const records = this.#changeRecords();
      const result = rule(working, records);
      const change = changeOf(loaded, working);
      if (change) applyChange(stored, change);
      records.save();
      if (change) {
        this.#watchClock(stored);
        this.deskEvents.append(deskEventsOf(stored, loaded));
        this.#followers.changed(stored);
      }
      return result;
    });
  }

  records<T>(work: (records: RuleRecords) => T): Promise<T> {
    return settled(() => {
      const records = this.#changeRecords();
      const result = work(records);
      records.save();
      return result;
    });
  }

  find(id: string): Promise<StoredTicket | undefined> {
    return Promise.resolve(this.#tickets.get(id));
  }

  queue(desk: string, page: PageRequest): Promise<Page<StoredTicket>> {
    return settled(() =>
      pageOf(
        this.#tickets.values(),
        (ticket) => inQueueOf(ticket, desk),
        (ticket) => ticket.id,
        page,
      ),
    );
  }

  dueForClock(now: string): Promise<string[]> {
    const due: string[] = [];
    for (const id of this.#clockWatched) {
      const ticket = this.#tickets.get(id);
      const at = ticket && nextClockTime(ticket, this.#options);
      if (!at) this.#clockWatched.delete(id);
      else if (at <= now) due.push(id);
    }
    return Promise.resolve(due);
  }

  follow(id: string, follower: TicketFollower): () => void {
    return this.#followers.add(id, follower);
  }

  /** The ticket as stored, now (memory only: tests and the mock's own reads). */
  get(id: string): StoredTicket | undefined {
    return this.#tickets.get(id);
  }

  /** Every ticket, in the order filed (the mock's stats). */
  all(): IterableIterator<StoredTicket> {
    return this.#tickets.values();
  }

  /** How many tickets are stored. */
  get size(): number {
    return this.#tickets.size;
  }

  /** Open follows, over every ticket (for tests of clean-up). */
  get followerCount(): number {
    return this.#followers.count;
  }

  /** How often the repository was reset: the record ids (`msg-1`, …) count again from 1 after each. */
  get resets(): number {
    return this.#resets;
  }

  /**
   * Everything stored, as JSON (for tests: a refused request must leave it unchanged, and a
   * property may `restore` it instead of starting again). Followers and id counters aside.
   */
  serialize(): string {
    return JSON.stringify({
      tickets: [...this.#tickets],
      records: this.recordStore.serialize(),
    });
  }

  /** Puts back what `serialize` returned; the id counters keep counting, followers stay. */
  restore(json: string): void {
    const saved = JSON.parse(json) as { tickets: [string, StoredTicket][]; records: string };
    this.#tickets.clear();
    this.#clockWatched.clear();
    for (const [id, ticket] of saved.tickets) {
      this.#tickets.set(id, ticket);
      this.#watchClock(ticket);
    }
    this.recordStore.restore(saved.records);
  }

  /** Empty: no tickets or records; every follower ends (references stay random). */
  reset(): void {
    this.#resets += 1;
    this.#followers.endAll();
    this.#tickets.clear();
    this.#clockWatched.clear();
    this.recordStore.reset();
    this.deskEvents.clear();
  }

  #changeRecords(): ChangeRecords {
    return new ChangeRecords(this.recordStore, () => newReference((id) => this.#tickets.has(id)));
  }

  #watchClock(ticket: StoredTicket): void {
    if (nextClockTime(ticket, this.#options) !== null) this.#clockWatched.add(ticket.id);
  }
}
