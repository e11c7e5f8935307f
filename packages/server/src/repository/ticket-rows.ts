/**
 * A ticket's rows (`tickets`, `ticket_events`, `ticket_messages`, its latest `handoffs` row) as the
 * rules' `StoredTicket`, and its fields as a `tickets` row. Timestamps read as `Date` and are
 * given to the rules as ISO 8601 strings, as they wrote them.
 * @internal
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { InternalNote, Message, TimelineEvent } from '@opin/support-sdk/schemas';
import type { StoredHandoff, StoredTicket, TicketFields } from '@opin/support-domain';
import type { Database } from '../storage/database.js';
import type { HandoffsTable } from '../storage/tables/handoffs.js';
import { jsonb } from '../storage/tables/json.js';
import { canNameRow } from '../storage/row-key.js';
import type { TicketsTable } from '../storage/tables/tickets.js';

const iso = (date: Date): string => date.toISOString();

/** The `tickets` row of a ticket's fields (the lists and the hand-off are rows of their own). */
export function ticketRow(fields: TicketFields): Insertable<TicketsTable> {
  return {
    id: fields.id,
    version: fields.version,
    language: fields.language,
    topic_id: fields.topicId,
    institution_id: fields.institutionId,
    origin: fields.origin,
    subject: fields.subject,
    description: fields.description,
    contact: jsonb(fields.contact),
    status: fields.status,
    owner: fields.owner,
    plan: jsonb(fields.plan),
    assisting: fields.assisting,
    desks: jsonb(fields.desks),
    planned_handoff: jsonb(fields.plannedHandoff),
    created_at: fields.createdAt,
    updated_at: fields.updatedAt,
    resolved_at: fields.resolvedAt,
    token_hash: fields.tokenHash,
    access_ended: jsonb(fields.accessEnded),
  };
}

/** A `handoffs` row as the rules' hand-off. */
export function handoffOf(row: Selectable<HandoffsTable>): StoredHandoff {
  return {
    from: row.from_desk,
    to: row.to_desk,
    mode: row.mode,
    state: row.state,
    requestedAt: iso(row.requested_at),
    ...(row.responded_at ? { respondedAt: iso(row.responded_at) } : {}),
    ...(row.answered_at ? { answeredAt: iso(row.answered_at) } : {}),
  };
}

function ticketOf(
  row: Selectable<TicketsTable>,
  lists: Pick<StoredTicket, 'timeline' | 'messages' | 'internalNotes'>,
  handoff: StoredHandoff | null,
): StoredTicket {
  return {
    id: row.id,
    version: row.version,
    language: row.language,
    topicId: row.topic_id,
    institutionId: row.institution_id,
    origin: row.origin,
    subject: row.subject,
    description: row.description,
    contact: row.contact,
    status: row.status,
    owner: row.owner,
    plan: row.plan,
    assisting: row.assisting,
    handoff,
    desks: row.desks,
    ...lists,
    plannedHandoff: row.planned_handoff,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    resolvedAt: row.resolved_at ? iso(row.resolved_at) : null,
    tokenHash: row.token_hash,
    accessEnded: row.access_ended,
  };
}

/**
 * The tickets with these ids as stored, in the order of `ids` (missing ones left out). With
 * `forUpdate`, their `tickets` rows are locked for the rest of the transaction first, so the lists
 * read after are those of the version locked.
 */
export async function loadTickets(
  db: Kysely<Database>,
  ids: readonly string[],
  forUpdate = false,
): Promise<StoredTicket[]> {
  const keys = ids.filter(canNameRow);
  if (keys.length === 0) return [];
  const rowsQuery = db.selectFrom('tickets').selectAll().where('id', 'in', keys);
  const rows = await (forUpdate ? rowsQuery.forUpdate() : rowsQuery).execute();
  const found = rows.map((row) => row.id);
  if (found.length === 0) return [];
  const [events, entries, handoffs] = await Promise.all([
    db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'event'])
      .where('ticket_id', 'in', found)
      .orderBy('ticket_id')
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('ticket_messages')
      .select(['ticket_id', 'visibility', 'entry'])
      .where('ticket_id', 'in', found)
      .orderBy('ticket_id')
      .orderBy('visibility')
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('handoffs')
      .selectAll()
      .where('ticket_id', 'in', found)
      .distinctOn('ticket_id')
      .orderBy('ticket_id')
      .orderBy('id', 'desc')
      .execute(),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const timeline: TimelineEvent[] = events.filter((e) => e.ticket_id === id).map((e) => e.event);
    const mine = entries.filter((entry) => entry.ticket_id === id);
    const messages = mine
      .filter((entry) => entry.visibility === 'learner')
      .map((entry) => entry.entry as Message);
    const internalNotes = mine
      .filter((entry) => entry.visibility === 'internal')
      .map((entry) => entry.entry as InternalNote);
    const handoff = handoffs.find((h) => h.ticket_id === id);
    return [
      ticketOf(row, { timeline, messages, internalNotes }, handoff ? handoffOf(handoff) : null),
    ];
  });
}
