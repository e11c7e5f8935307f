/** Rows for storage tests: a valid ticket, and its entries. */
import { randomBytes } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../src/storage/database.js';
import { jsonb } from '../../src/storage/tables/json.js';
import type { TicketsTable } from '../../src/storage/tables/tickets.js';

/** A new ticket id, e.g. `OPIN-3f9a0c12b7e4`. */
export function newTicketId(): string {
  return `OPIN-${randomBytes(6).toString('hex')}`;
}

/** A ticket row as the rules would file it. */
export function ticketRow(id = newTicketId()): Insertable<TicketsTable> {
  const at = '2026-03-02T09:00:00.000Z';
  return {
    id,
    version: 1,
    language: 'fi',
    topic_id: 'admissions',
    institution_id: 'hanken',
    origin: 'opin',
    subject: 'Hakemus',
    description: 'Kysymys hakemuksesta.',
    contact: jsonb({ email: 'learner@example.org' }),
    status: 'received',
    owner: 'opin',
    plan: jsonb({ answeringDesk: 'hanken', expectedBy: '2026-03-04T09:00:00.000Z' }),
    assisting: null,
    desks: jsonb([{ id: 'opin', lastSyncAt: at }]),
    planned_handoff: jsonb(null),
    created_at: at,
    updated_at: at,
    resolved_at: null,
    token_hash: 'a'.repeat(64),
  };
}

/** Files a ticket; returns its id. */
export async function fileTicket(db: Kysely<Database>): Promise<string> {
  const row = ticketRow();
  await db.insertInto('tickets').values(row).execute();
  return row.id;
}
