/**
 * The outbox's rows as the rules' `OutboxEmail`s, and back.
 * @internal
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { Database } from '../storage/database.js';
import type { OutboxTable } from '../storage/tables/outbox.js';

/** The row an e-mail of the rules is stored as. */
export function outboxRow(email: OutboxEmail): Insertable<OutboxTable> {
  return {
    email_id: email.id,
    ticket_id: email.ticketId,
    created_at: email.at,
    sender: email.from,
    recipient: email.to,
    reply_to: email.replyTo ?? null,
    subject: email.subject,
    body: email.body,
    sent_at: null,
  };
}

/** The e-mail a row holds, as the rules wrote it. */
export function emailOf(row: Selectable<OutboxTable>): OutboxEmail {
  return {
    id: row.email_id ?? `mail-row-${row.id}`,
    at: row.created_at.toISOString(),
    to: row.recipient,
    from: row.sender,
    ...(row.reply_to === null ? {} : { replyTo: row.reply_to }),
    subject: row.subject,
    body: row.body,
    ticketId: row.ticket_id ?? '',
  };
}

/** The e-mails about one ticket, oldest first. */
export async function outboxAbout(db: Kysely<Database>, ticketId: string): Promise<OutboxEmail[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .orderBy('id')
    .execute();
  return rows.map(emailOf);
}
