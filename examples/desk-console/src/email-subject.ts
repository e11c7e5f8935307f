/**
 * The subject of an e-mail desk's reply: `Re: ` + the subject of the last e-mail it got about the
 * ticket, which carries the reply tag the inbound bridge checks (`[OPIN-482019375568 #<tag>]`:
 * the reference and the tag made for this desk; the reference alone is refused).
 * @internal
 */
import type { DeskTicket } from '@opin/support-sdk/desk';
import type { OutboxEmail } from '@opin/support-sdk/schemas';

/** The e-mails sent to `deskEmail`, newest first. */
export function emailsTo(outbox: readonly OutboxEmail[], deskEmail: string): OutboxEmail[] {
  const address = deskEmail.toLowerCase();
  return outbox
    .filter((email) => email.to.toLowerCase() === address)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * `Re: <subject of the newest e-mail about the ticket>`, or, when the desk got none, one built
 * from the ticket with the bare reference, which the bridge refuses (400) and the console shows.
 */
export function replySubject(ticket: DeskTicket, inbox: readonly OutboxEmail[]): string {
  const latest = inbox.find((email) => email.ticketId === ticket.id);
  const subject = latest?.subject ?? `[${ticket.id}] ${ticket.subject}`;
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}
