/**
 * What every rule gets besides its ticket: the store-wide records of the change it runs in, the
 * clock, the options that bound the rules, and the directory of desks, topics and articles.
 * @internal
 */
import type { Directory } from './directory.js';
import type { DomainClock } from './domain-clock.js';
import type { ReplyKey } from './email/reply-tag.js';
import type { RuleRecords } from './repository/rule-records.js';
import type { RuleOptions } from './rule-options.js';

/** Records, clock, options, directory and reply key of one rule's run. */
export interface RuleContext {
  /** The store-wide records, inside the transaction of the change the rule runs in. */
  readonly records: RuleRecords;
  readonly clock: DomainClock;
  readonly options: RuleOptions;
  /** The desks, topics and articles the host serves. */
  readonly directory: Directory;
  /** The secret reply tags are made with (`./email/reply-tag.ts`). */
  readonly replyKey: ReplyKey;
}
