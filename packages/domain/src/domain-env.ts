/**
 * What a host of the rules (the mock, a server) gives them: where tickets are kept, the clock and
 * the options, and the directory of the config it serves. The rules run through `changeTicket` and `fileTicket`, inside the repository's
 * transactions.
 * @internal
 */
import type { Directory } from './directory.js';
import type { DomainClock } from './domain-clock.js';
import type { ReplyKey } from './email/reply-tag.js';
import type { TicketRepository } from './repository/ticket-repository.js';
import type { RuleOptions } from './rule-options.js';

/** Repository, clock, options and directory of one host. */
export interface DomainEnv {
  readonly tickets: TicketRepository;
  readonly clock: DomainClock;
  readonly options: RuleOptions;
  /** The desks, topics and articles the host serves. */
  readonly directory: Directory;
  /** The secret reply tags are made with (`./email/reply-tag.ts`). */
  readonly replyKey: ReplyKey;
}
