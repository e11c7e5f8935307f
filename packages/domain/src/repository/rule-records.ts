/**
 * The store-wide records the rules keep beside tickets (docs/design/server.md, "One implementation
 * of the rules"), as a rule sees them: synchronously, inside the transaction of one change
 * (`TicketRepository.change`, `file`, `records`). What a rule writes here is saved with the change
 * and dropped if the rule throws. An implementation on a database loads what a rule may read
 * before running it (the outbox of the changed ticket, the confirmation times of the filing
 * learner's mailbox, the inbound records of the e-mail at hand) and writes the rest at commit; or,
 * as the server's does, a read of something not loaded throws, and the repository loads it and runs
 * the rule again from the start. So a rule lets errors from the records pass, never swallows them.
 * @internal
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { InboundEmailRecord } from '../email/inbound-message-ids.js';

/** The kinds of id `nextId` makes: timeline events, messages, internal notes, e-mails. */
export type RecordIdPrefix = 'evt' | 'msg' | 'note' | 'mail';

/** Confirmation e-mails per mailbox (`../email/recipient-limit.ts`). */
export interface ConfirmationLog {
  /** When confirmations went to `mailbox` (ms), those after `afterMs` and at or before `untilMs`. */
  sentBetween(mailbox: string, afterMs: number, untilMs: number): number[];
  /** Records a confirmation to `mailbox` at `atMs`. */
  record(mailbox: string, atMs: number): void;
}

/** Inbound e-mails applied or ignored, by desk and Message-ID (`../email/inbound-message-ids.ts`). */
export interface InboundEmailLog {
  /** The record under `key` (desk and Message-ID), if any. */
  get(key: string): InboundEmailRecord | undefined;
  /** Remembers what the e-mail under `key` came to. */
  set(key: string, record: InboundEmailRecord): void;
}

/** Helpful / not helpful counts of one article. */
export interface FeedbackCount {
  helpful: number;
  notHelpful: number;
}

/** Article feedback (`POST /articles/{id}/feedback`). */
export interface FeedbackLog {
  /** Counts one vote for the article. */
  count(articleId: string, helpful: boolean): void;
}

/** What a rule may read and write beside its ticket, within one transaction. */
export interface RuleRecords {
  /**
   * A new id for an event, message, note or e-mail, e.g. `msg-12`. Like a database sequence, an
   * id taken by a change that then fails is not given out again.
   */
  nextId(prefix: RecordIdPrefix): string;
  /** A new ticket reference, random, never one in use (`../reference.ts`). */
  newTicketId(): string;
  /** Puts an e-mail in the outbox. */
  send(email: OutboxEmail): void;
  /** The e-mails in the outbox about one ticket, oldest first, this change's included. */
  sentAbout(ticketId: string): readonly OutboxEmail[];
  readonly confirmations: ConfirmationLog;
  readonly inboundEmails: InboundEmailLog;
  readonly feedback: FeedbackLog;
}
