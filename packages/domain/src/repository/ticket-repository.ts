/**
 * Where tickets are kept, as the rules need it (docs/design/server.md, "One implementation of the
 * rules"). The aggregate is the ticket: a change loads one ticket for update, runs a synchronous
 * rule on it, and saves what the rule changed together with what it wrote to the store-wide
 * records, in one transaction. The mock implements it in memory (`../memory/`); a server on
 * PostgreSQL implements it with the same meaning, so the rules exist once.
 * @internal
 */
import type { StoredTicket } from '../model.js';
import type { Page, PageRequest } from '../page.js';
import type { DeskEventLog } from './desk-event-log.js';
import type { RuleRecords } from './rule-records.js';
import type { TicketFollower } from './ticket-follower.js';

/**
 * A rule run on one loaded ticket. It changes the ticket in place (a change ends with `commit`,
 * which bumps `version`) and may read and write the records; what it returns, `change` resolves
 * to. It must not keep the ticket or the records after it returns.
 */
export type TicketRule<T> = (ticket: StoredTicket, records: RuleRecords) => T;

/** Storage of tickets and of the records the rules keep, for the rules. */
export interface TicketRepository {
  /**
   * The desks' event logs: `file` and `change` append the events of what they save
   * (`../desk-events.ts`) in the same transaction.
   */
  readonly deskEvents: DeskEventLog;
  /**
   * Stores the ticket `build` makes (version 1), and what `build` wrote to the records, in one
   * transaction. Resolves to the ticket as stored.
   */
  file(build: (records: RuleRecords) => StoredTicket): Promise<StoredTicket>;
  /**
   * Loads ticket `id` for update, runs `rule` on it and, if the rule moved its version, saves the
   * change (`./ticket-change.ts`: the new fields, and the timeline entries, messages and notes
   * appended after those loaded) with what the rule wrote to the records, in one transaction; then
   * tells the ticket's followers. A rule that throws saves nothing: `change` rejects with its
   * error. 404 `not_found` when no ticket has the id.
   */
  change<T>(id: string, rule: TicketRule<T>): Promise<T>;
  /** Runs `work` on the records alone, in one transaction (an ignored e-mail, article feedback). */
  records<T>(work: (records: RuleRecords) => T): Promise<T>;
  /** The ticket as stored, or `undefined`. The caller reads it and never changes it. */
  find(id: string): Promise<StoredTicket | undefined>;
  /**
   * A page of the desk's queue (`GET /desk/queue`): the tickets `inQueueOf` (`../desk-access.ts`)
   * puts there, in the order they were filed, after the ticket the cursor names (`../page.ts`); 400
   * `validation_failed` for a cursor that names no stored ticket.
   */
  queue(desk: string, page: PageRequest): Promise<Page<StoredTicket>>;
  /**
   * The ids of the tickets whose next clock time (`nextClockTime`, `../clock-due.ts`) is at or
   * before `now`, for `runClock` (`../clock-rules.ts`).
   */
  dueForClock(now: string): Promise<string[]>;
  /** Follows ticket `id` from now on; returns the function that stops following. */
  follow(id: string, follower: TicketFollower): () => void;
}
