/**
 * The e-mails an e-mail desk sees in the console, from either source: the mock's outbox (`pnpm
 * dev`) or `pnpm demo`'s mail catcher, whose messages carry their Message-ID and Reply-To and
 * name their ticket only in the subject or the Reply-To address.
 * @internal
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { CaughtMail } from './mail-catcher-client.js';

/** One e-mail to the desk; `ticketId` is `''` when it names no ticket. */
export interface DeskMail extends OutboxEmail {
  /** Set for a caught message: what "answer by e-mail" answers. */
  caught?: { messageId: string | undefined; replyTo: string | undefined };
}

const referencePattern = /OPIN-\d{6,}/i;

/** The caught messages to `deskEmail`, newest first, as the desk's e-mails. */
export function caughtFor(messages: readonly CaughtMail[], deskEmail: string): DeskMail[] {
  const address = deskEmail.toLowerCase();
  return messages
    .filter((mail) => mail.to.some((to) => to.toLowerCase() === address))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .map((mail) => ({
      id: mail.id,
      at: mail.date,
      from: mail.from,
      to: deskEmail,
      subject: mail.subject,
      body: mail.text,
      ticketId: (
        referencePattern.exec(`${mail.subject} ${mail.replyTo ?? ''}`)?.[0] ?? ''
      ).toUpperCase(),
      caught: { messageId: mail.messageId, replyTo: mail.replyTo },
    }));
}

/** The newest caught e-mail about `ticketId` that can be answered (it has a Message-ID). */
export function answerableAbout(
  inbox: readonly DeskMail[],
  ticketId: string,
): DeskMail | undefined {
  return inbox.find((mail) => mail.ticketId === ticketId && mail.caught?.messageId !== undefined);
}
