/**
 * The storage side of the control endpoints `/_mock/*` (reset, outbox, stats): the mock's memory,
 * or the server's database when it runs with `--demo`. Without one, a host serves no control
 * endpoint. `../handlers/control-endpoints.ts` serves them; the clock is the API's own.
 * @internal
 */
import type { Page, PageRequest } from '@opin/support-domain';
import type { MockStats, OutboxEmail } from '@opin/support-sdk/schemas';

/** Which e-mails of the outbox a page holds. */
export interface OutboxFilter {
  /** Only e-mails to this address (compared without case). */
  to?: string;
  /** Only e-mails about this ticket. */
  ticketId?: string;
}

/** What the control endpoints need of a host's storage. */
export interface ApiControl {
  /**
   * Back to the seed: no tickets, e-mails, feedback or timers; ids and references start again as
   * in a new store; the repository's followers (open event streams) end.
   */
  reset(): Promise<void>;
  /** A page of the e-mails sent, oldest first, that pass `filter` (paged like the desk queue). */
  outbox(filter: OutboxFilter, page: PageRequest): Promise<Page<OutboxEmail>>;
  /** How many tickets are stored, in all and per owning desk (every one of `deskIds` listed). */
  stats(deskIds: readonly string[]): Promise<MockStats>;
}
