/**
 * Delivers the outbox over SMTP with nodemailer: one e-mail at a time (`../delivery/delivery-pool.ts`),
 * claimed from the outbox (`./outbox-claims.ts`), sent with no transaction open, and recorded as sent, to be tried again
 * (`../delivery/retry-schedule.ts`, the e-mail policy), or given up on. The e-mail is written with the change that causes it,
 * so a restart never loses one. It is marked sent only after the relay accepted it; should the
 * process die between the two, it goes again with the same Message-ID (`./outgoing-message.ts`),
 * for the receiver to tell. Logs name the outbox row and the ticket, never an address or a body.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { claimDueMail, markFailedAttempt, markSent, type ClaimedMail } from './outbox-claims.js';
import { outgoingMessage } from './outgoing-message.js';
import { DeliveryPool } from '../delivery/delivery-pool.js';
import { mailRetryPolicy, nextAttemptAt } from '../delivery/retry-schedule.js';

/** How the sender works. */
export interface OutboxSenderOptions {
  /**
   * How long an instance's claim on an e-mail lasts. The transport's timeouts are fractions of it
   * (`transportTimeouts`), so a relay that stops answering is cut off long before it runs out.
   */
  claimMs: number;
  /** The time now (the wall clock; tests pass their own). */
  now?: () => Date;
}

/** The nodemailer timeouts (connecting, the greeting, silence) for claims of `claimMs`. */
export function transportTimeouts(claimMs: number) {
  const step = Math.max(1_000, Math.floor(claimMs / 8));
  return { connectionTimeout: step, greetingTimeout: step, socketTimeout: step * 2 };
}

/** Why an attempt failed, as it may be stored and logged: a code, never the relay's text. */
function failureOf(error: unknown): { failure: string; permanent: boolean } {
  const details = error as { code?: unknown; responseCode?: unknown; permanent?: unknown };
  const code = typeof details.code === 'string' ? details.code : 'EUNKNOWN';
  const reply = typeof details.responseCode === 'number' ? ` ${details.responseCode}` : '';
  return { failure: `${code}${reply}`, permanent: details.permanent === true };
}

/** Sends the outbox's due e-mails through `transport`. */
export class OutboxSender {
  readonly #db: Kysely<Database>;
  readonly #transport: Transporter;
  readonly #log: Logger;
  readonly #claimMs: number;
  readonly #now: () => Date;
  readonly #pool: DeliveryPool<ClaimedMail>;

  constructor(
    db: Kysely<Database>,
    transport: Transporter,
    log: Logger,
    options: OutboxSenderOptions,
  ) {
    this.#db = db;
    this.#transport = transport;
    this.#log = log;
    this.#claimMs = options.claimMs;
    this.#now = options.now ?? (() => new Date());
    this.#pool = new DeliveryPool(
      1,
      () => claimDueMail(this.#db, this.#now(), this.#claimMs),
      (mail) => this.#attempt(mail),
    );
  }

  /** Sends every e-mail due now, one after the other; resolves to how many were tried. */
  deliverDue(): Promise<number> {
    return this.#pool.drain();
  }

  async #attempt(mail: ClaimedMail): Promise<void> {
    const about = { mail: mail.id, ticket: mail.ticket_id, attempt: mail.attempts };
    try {
      await this.#transport.sendMail(outgoingMessage(mail));
    } catch (error) {
      const { failure, permanent } = failureOf(error);
      const nextAt = permanent
        ? undefined
        : nextAttemptAt(mailRetryPolicy, mail.attempts, this.#now(), mail.created_at);
      await markFailedAttempt(this.#db, mail.id, failure, nextAt);
      if (nextAt) this.#log.warn({ ...about, failure, nextAt }, 'mail not sent, will retry');
      else this.#log.error({ ...about, failure }, 'mail not sent, given up');
      return;
    }
    await markSent(this.#db, mail.id, this.#now());
    this.#log.info(about, 'mail sent');
  }
}
