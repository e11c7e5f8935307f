/**
 * An outbox row as the message that goes to the relay. Each e-mail has a Message-ID of its own,
 * the same on every attempt, so a receiver can tell a repeat; every e-mail about a ticket refers
 * (In-Reply-To, References) to one id made from the ticket's reference, so a desk's ITSM tool and
 * a learner's mail client file them in one thread. Reply-To is the recipient's reply address on
 * the ticket, where its reply is taken (`./inbound/inbound-smtp.ts`). Header values are encoded by nodemailer: a line
 * break in a subject never starts a header of its own.
 * @internal
 */
import type { SendMailOptions } from 'nodemailer';
import type { Selectable } from 'kysely';
import type { OutboxTable } from '../storage/tables/outbox.js';

/** The domain of an address (`handoff@opin.fi` → `opin.fi`). */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'localhost';
}

/** The Message-ID of one outbox row: stable across attempts. */
export function messageIdOf(row: Selectable<OutboxTable>): string {
  const local = [row.ticket_id, row.email_id ?? `row-${row.id}`].filter(Boolean).join('.');
  return `<${local}@${domainOf(row.sender)}>`;
}

/** The id every e-mail about `ticketId` refers to, as the root of its thread. */
export function threadIdOf(ticketId: string, sender: string): string {
  return `<${ticketId}@${domainOf(sender)}>`;
}

/** The message for `row`. */
export function outgoingMessage(row: Selectable<OutboxTable>): SendMailOptions {
  const thread = row.ticket_id ? threadIdOf(row.ticket_id, row.sender) : undefined;
  return {
    from: row.sender,
    to: row.recipient,
    ...(row.reply_to === null ? {} : { replyTo: row.reply_to }),
    subject: row.subject,
    text: row.body,
    date: row.created_at,
    messageId: messageIdOf(row),
    ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
    // Written by the service, not a person: auto-responders are not to answer it (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
