/**
 * The records as one run of a rule sees them (`RuleRecords`): reads answer from what the
 * transaction loaded (`./loaded-records.ts`) and the run's own writes, or throw `RecordsNeeded`;
 * writes are kept until the run returns and are then written in the same transaction (`save`).
 * @internal
 */
import type { Kysely } from 'kysely';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import {
  newReference,
  type ConfirmationLog,
  type FeedbackLog,
  type InboundEmailLog,
  type InboundEmailRecord,
  type RecordIdPrefix,
  type RuleRecords,
} from '@opin/support-domain';
import type { Database } from '../storage/database.js';
import { jsonb } from '../storage/tables/json.js';
import { inboundKeyColumns, mailboxHash, type LoadedRecords } from './loaded-records.js';
import { outboxRow } from './outbox-rows.js';
import { RecordsNeeded } from './records-needed.js';

/** The records of one run of a rule. */
export class SqlRuleRecords implements RuleRecords {
  readonly #loaded: LoadedRecords;
  readonly #mails: OutboxEmail[] = [];
  readonly #confirmations: { mailbox: string; atMs: number }[] = [];
  readonly #inbound = new Map<string, InboundEmailRecord>();
  readonly #votes = new Map<string, { helpful: number; notHelpful: number }>();
  readonly #takenIds: { prefix: RecordIdPrefix; id: string }[] = [];

  constructor(loaded: LoadedRecords) {
    this.#loaded = loaded;
  }

  nextId(prefix: RecordIdPrefix): string {
    const id = this.#loaded.ids.take(prefix);
    this.#takenIds.push({ prefix, id });
    return id;
  }

  /** Gives the ids this run took back to the pool: the run stopped to load records. */
  giveBackIds(): void {
    this.#loaded.ids.giveBack(this.#takenIds);
    this.#takenIds.length = 0;
  }

  /**
   * A random reference (`newReference`): one in use would need a one-in-10¹¹ draw, and the
   * tickets' primary key refuses it then (the filing fails rather than mixing two tickets).
   */
  newTicketId(): string {
    return newReference(() => false);
  }

  send(email: OutboxEmail): void {
    this.#mails.push(email);
  }

  sentAbout(ticketId: string): readonly OutboxEmail[] {
    const stored = this.#loaded.outbox.get(ticketId);
    if (stored === undefined) throw new RecordsNeeded({ kind: 'outbox', ticketId });
    return stored.concat(this.#mails.filter((mail) => mail.ticketId === ticketId));
  }

  readonly confirmations: ConfirmationLog = {
    sentBetween: (mailbox, afterMs, untilMs) => {
      const loaded = this.#loaded.confirmations.get(mailbox);
      if (loaded === undefined || loaded.afterMs > afterMs) {
        throw new RecordsNeeded({ kind: 'confirmations', mailbox, afterMs });
      }
      const own = this.#confirmations
        .filter((sent) => sent.mailbox === mailbox)
        .map((sent) => sent.atMs);
      return [...loaded.times, ...own].filter((time) => time > afterMs && time <= untilMs);
    },
    record: (mailbox, atMs) => {
      this.#confirmations.push({ mailbox, atMs });
    },
  };

  readonly inboundEmails: InboundEmailLog = {
    get: (key) => {
      const own = this.#inbound.get(key);
      if (own !== undefined) return own;
      const loaded = this.#loaded.inbound.get(key);
      if (loaded === undefined) throw new RecordsNeeded({ kind: 'inbound', key });
      return loaded ?? undefined;
    },
    set: (key, record) => {
      this.#inbound.set(key, record);
    },
  };

  readonly feedback: FeedbackLog = {
    count: (articleId, helpful) => {
      const votes = this.#votes.get(articleId) ?? { helpful: 0, notHelpful: 0 };
      if (helpful) votes.helpful += 1;
      else votes.notHelpful += 1;
      this.#votes.set(articleId, votes);
    },
  };

  /** Writes the run's records in the transaction `trx` (after its ticket, which e-mails name). */
  async save(trx: Kysely<Database>): Promise<void> {
    if (this.#mails.length > 0) {
      await trx.insertInto('outbox').values(this.#mails.map(outboxRow)).execute();
    }
    if (this.#confirmations.length > 0) {
      await trx
        .insertInto('confirmation_mails')
        .values(
          this.#confirmations.map(({ mailbox, atMs }) => ({
            mailbox_hash: mailboxHash(mailbox),
            sent_at: new Date(atMs),
          })),
        )
        .execute();
    }
    for (const [key, record] of this.#inbound) {
      await trx
        .insertInto('inbound_emails')
        .values({
          ...inboundKeyColumns(key),
          fingerprint: record.fingerprint,
          outcome: jsonb(record.outcome),
        })
        .onConflict((conflict) =>
          conflict.columns(['desk_id', 'message_id']).doUpdateSet({
            fingerprint: record.fingerprint,
            outcome: jsonb(record.outcome),
          }),
        )
        .execute();
    }
    for (const [articleId, votes] of this.#votes) {
      await trx
        .insertInto('article_feedback')
        .values({ article_id: articleId, helpful: votes.helpful, not_helpful: votes.notHelpful })
        .onConflict((conflict) =>
          conflict.column('article_id').doUpdateSet((eb) => ({
            helpful: eb('article_feedback.helpful', '+', votes.helpful),
            not_helpful: eb('article_feedback.not_helpful', '+', votes.notHelpful),
          })),
        )
        .execute();
    }
  }
}
