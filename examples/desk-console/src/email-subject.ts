/**
 * The subject of an e-mail desk's reply: `Re: ` + the subject of the last e-mail it got about the
 * ticket, which carries the reference the inbound bridge matches (`[OPIN-000123]`).
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

/** `Re: <subject of the newest e-mail about the ticket>`, or one built from the ticket. */
export function replySubject(ticket: DeskTicket, inbox: readonly OutboxEmail[]): string {
  const latest = inbox.find((email) => email.ticketId === ticket.id);
  const subject = latest?.subject ?? `[${ticket.id}] ${ticket.subject}`;
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}
