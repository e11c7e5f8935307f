/**
 * The store-wide records kept in memory (the mock's): the outbox, applied inbound Message-IDs,
 * article feedback, confirmation times per mailbox and the id counters. Changes write to them
 * through `./change-records.ts`, which keeps a change's writes until it is saved.
 * @internal
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { InboundEmailRecord } from '../email/inbound-message-ids.js';
import { CONFIRMATION_WINDOW_MS } from '../email/recipient-limit.js';
import type { FeedbackCount, RecordIdPrefix } from '../repository/rule-records.js';

/** Above this many mailboxes remembered, the ones with nothing in the last hour are forgotten. */
const SWEEP_MAILBOXES_ABOVE = 10_000;

function refill<K, V>(map: Map<K, V>, entries: [K, V][]): void {
  map.clear();
  for (const [key, value] of entries) map.set(key, value);
}

/** Every record of one in-memory store. */
export class MemoryRecords {
  /** E-mails the backend would have sent, oldest first (the mock lists them at `/_mock/outbox`). */
  readonly outbox: OutboxEmail[] = [];
  /** Helpful / not helpful counts by article id. */
  readonly feedback = new Map<string, FeedbackCount>();
  /** Inbound e-mails applied or ignored, by desk and Message-ID. */
  readonly inboundEmails = new Map<string, InboundEmailRecord>();
  /** When confirmations went to each mailbox in the last hour, in ms. */
  readonly #confirmations = new Map<string, number[]>();
  readonly #idCounters = new Map<string, number>();

  /** A new id, e.g. `msg-12`: the counters start at 1 again after `reset`. */
  nextId(prefix: RecordIdPrefix): string {
    const next = (this.#idCounters.get(prefix) ?? 0) + 1;
    this.#idCounters.set(prefix, next);
    return `${prefix}-${next}`;
  }

  /** The confirmation times of `mailbox` in `(afterMs, untilMs]`; older ones are forgotten. */
  confirmationsBetween(mailbox: string, afterMs: number, untilMs: number): number[] {
    const times = (this.#confirmations.get(mailbox) ?? []).filter(
      (time) => time > afterMs && time <= untilMs,
    );
    if (times.length === 0) this.#confirmations.delete(mailbox);
    else this.#confirmations.set(mailbox, times);
    return [...times];
  }

  /** Records a confirmation to `mailbox` at `atMs`; forgets idle mailboxes when there are many. */
  recordConfirmation(mailbox: string, atMs: number): void {
    this.#confirmations.set(mailbox, [...(this.#confirmations.get(mailbox) ?? []), atMs]);
    if (this.#confirmations.size <= SWEEP_MAILBOXES_ABOVE) return;
    for (const [box, times] of this.#confirmations) {
      if (!times.some((time) => time > atMs - CONFIRMATION_WINDOW_MS && time <= atMs)) {
        this.#confirmations.delete(box);
      }
    }
  }

  /** Mailboxes with confirmation times remembered (for tests of the memory bound). */
  get confirmationMailboxes(): number {
    return this.#confirmations.size;
  }

  /** Counts one vote for an article. */
  countFeedback(articleId: string, helpful: boolean): void {
    const count = this.feedback.get(articleId) ?? { helpful: 0, notHelpful: 0 };
    if (helpful) count.helpful += 1;
    else count.notHelpful += 1;
    this.feedback.set(articleId, count);
  }

  /** The records as JSON (ids aside), for `restore`. */
  serialize(): string {
    return JSON.stringify({
      outbox: this.outbox,
      feedback: [...this.feedback],
      inboundEmails: [...this.inboundEmails],
      confirmations: [...this.#confirmations],
    });
  }

  /** Puts back what `serialize` returned; the id counters keep counting. */
  restore(json: string): void {
    const saved = JSON.parse(json) as {
      outbox: OutboxEmail[];
      feedback: [string, FeedbackCount][];
      inboundEmails: [string, InboundEmailRecord][];
      confirmations: [string, number[]][];
    };
    this.outbox.splice(0, this.outbox.length, ...saved.outbox);
    refill(this.feedback, saved.feedback);
    refill(this.inboundEmails, saved.inboundEmails);
    refill(this.#confirmations, saved.confirmations);
  }

  /** Empty: no e-mails, feedback, inbound records or confirmations; ids count from 1 again. */
  reset(): void {
    this.outbox.length = 0;
    this.feedback.clear();
    this.inboundEmails.clear();
    this.#confirmations.clear();
    this.#idCounters.clear();
  }
}
