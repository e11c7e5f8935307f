/**
 * The records as one change sees them (`RuleRecords`): reads see the store and the change's own
 * writes; the writes reach the store only when the change is saved (`save`), so a rule that throws
 * leaves none behind. Ids are not given back (like a database sequence).
 * @internal
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { InboundEmailRecord } from '../email/inbound-message-ids.js';
import type {
  ConfirmationLog,
  FeedbackLog,
  InboundEmailLog,
  RecordIdPrefix,
  RuleRecords,
} from '../repository/rule-records.js';
import type { MemoryRecords } from './memory-records.js';

/** The records of one change over a `MemoryRecords`. */
export class ChangeRecords implements RuleRecords {
  readonly #store: MemoryRecords;
  readonly #newTicketId: () => string;
  readonly #mails: OutboxEmail[] = [];
  readonly #confirmations: { mailbox: string; atMs: number }[] = [];
  readonly #inbound = new Map<string, InboundEmailRecord>();
  readonly #votes: { articleId: string; helpful: boolean }[] = [];

  constructor(store: MemoryRecords, newTicketId: () => string) {
    this.#store = store;
    this.#newTicketId = newTicketId;
  }

  nextId(prefix: RecordIdPrefix): string {
    return this.#store.nextId(prefix);
  }

  newTicketId(): string {
    return this.#newTicketId();
  }

  send(email: OutboxEmail): void {
    this.#mails.push(email);
  }

  sentAbout(ticketId: string): readonly OutboxEmail[] {
    const about = (mail: OutboxEmail) => mail.ticketId === ticketId;
    return this.#store.outbox.filter(about).concat(this.#mails.filter(about));
  }

  readonly confirmations: ConfirmationLog = {
    sentBetween: (mailbox, afterMs, untilMs) => [
      ...this.#store.confirmationsBetween(mailbox, afterMs, untilMs),
      ...this.#confirmations
        .filter((sent) => sent.mailbox === mailbox && sent.atMs > afterMs && sent.atMs <= untilMs)
        .map((sent) => sent.atMs),
    ],
    record: (mailbox, atMs) => {
      this.#confirmations.push({ mailbox, atMs });
    },
  };

  readonly inboundEmails: InboundEmailLog = {
    get: (key) => this.#inbound.get(key) ?? this.#store.inboundEmails.get(key),
    set: (key, record) => {
      this.#inbound.set(key, record);
    },
  };

  readonly feedback: FeedbackLog = {
    count: (articleId, helpful) => {
      this.#votes.push({ articleId, helpful });
    },
  };

  /** Writes the change's records to the store. */
  save(): void {
    this.#store.outbox.push(...this.#mails);
    for (const { mailbox, atMs } of this.#confirmations) {
      this.#store.recordConfirmation(mailbox, atMs);
    }
    for (const [key, record] of this.#inbound) this.#store.inboundEmails.set(key, record);
    for (const { articleId, helpful } of this.#votes) {
      this.#store.countFeedback(articleId, helpful);
    }
  }
}
