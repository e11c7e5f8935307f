/**
 * The demo mail catcher's memory: the last messages its SMTP sink took, newest last, as the desk
 * console lists them. Older messages drop out once there are `capacity` of them.
 * @internal
 */

/** One message the sink took, as the console shows it. */
export interface CaughtMail {
  /** The catcher's own id for it, e.g. `7`. */
  id: string;
  /** When the sink took it (ISO 8601). */
  date: string;
  from: string;
  /** Every recipient of the envelope. */
  to: string[];
  /** The Reply-To address, if the message has one. */
  replyTo: string | undefined;
  subject: string;
  text: string;
  /** The Message-ID header, with its angle brackets, e.g. `<OPIN-1.mail-2@opin.fi>`. */
  messageId: string | undefined;
  inReplyTo: string | undefined;
  /** The References header's ids. */
  references: string[];
}

/** A message as the sink read it, before it has an id and a date. */
export type IncomingMail = Omit<CaughtMail, 'id' | 'date'>;

/** The last `capacity` messages. */
export class CaughtMails {
  readonly #capacity: number;
  readonly #mails: CaughtMail[] = [];
  #next = 1;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Keeps `mail`, dropping the oldest when full; returns it as kept. */
  add(mail: IncomingMail, at: Date = new Date()): CaughtMail {
    const caught: CaughtMail = { id: String(this.#next), date: at.toISOString(), ...mail };
    this.#next += 1;
    this.#mails.push(caught);
    if (this.#mails.length > this.#capacity)
      this.#mails.splice(0, this.#mails.length - this.#capacity);
    return caught;
  }

  /** Every kept message, oldest first. */
  list(): readonly CaughtMail[] {
    return [...this.#mails];
  }

  /** The newest kept message with this Message-ID. */
  byMessageId(messageId: string): CaughtMail | undefined {
    return this.#mails.findLast((mail) => mail.messageId === messageId);
  }
}
