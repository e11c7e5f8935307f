/**
 * Writing a ticket: a new one whole, or a change as `changeOf` gives it (the fields under
 * `UPDATE … WHERE version = $loaded`, then the appended entries as inserts: the append-only
 * triggers would refuse anything else). Both keep the hand-off rows and the timer in step, in the
 * caller's transaction.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { InternalNote, Message, TimelineEvent } from '@opin/support-sdk/schemas';
import {
  conflict,
  nextClockTime,
  type StoredHandoff,
  type StoredTicket,
  type TicketChange,
} from '@opin/support-domain';
import type { Database } from '../storage/database.js';
import { jsonb } from '../storage/tables/json.js';
import { saveHandoff } from './handoff-sync.js';
import { ticketRow } from './ticket-rows.js';
import { saveTimer, type ClockOptions } from './ticket-timer.js';

/** Where each list's appended entries start: the lengths loaded. */
interface ListStarts {
  timeline: number;
  messages: number;
  internalNotes: number;
}

async function insertEntries(
  trx: Kysely<Database>,
  ticketId: string,
  starts: ListStarts,
  entries: { timeline: TimelineEvent[]; messages: Message[]; internalNotes: InternalNote[] },
): Promise<void> {
  if (entries.timeline.length > 0) {
    await trx
      .insertInto('ticket_events')
      .values(
        entries.timeline.map((event, index) => ({
          ticket_id: ticketId,
          seq: starts.timeline + index,
          event: jsonb(event),
        })),
      )
      .execute();
  }
  const messages = [
    ...entries.messages.map((entry, index) => ({
      visibility: 'learner' as const,
      seq: starts.messages + index,
      entry,
    })),
    ...entries.internalNotes.map((entry, index) => ({
      visibility: 'internal' as const,
      seq: starts.internalNotes + index,
      entry,
    })),
  ];
  if (messages.length > 0) {
    await trx
      .insertInto('ticket_messages')
      .values(messages.map((row) => ({ ...row, ticket_id: ticketId, entry: jsonb(row.entry) })))
      .execute();
  }
}

/** Inserts a new ticket with its entries, hand-off and timer. */
export async function insertTicket(
  trx: Kysely<Database>,
  ticket: StoredTicket,
  options: ClockOptions,
): Promise<void> {
  const { timeline, messages, internalNotes, ...fields } = ticket;
  await trx.insertInto('tickets').values(ticketRow(fields)).execute();
  await insertEntries(
    trx,
    ticket.id,
    { timeline: 0, messages: 0, internalNotes: 0 },
    { timeline, messages, internalNotes },
  );
  await saveHandoff(trx, ticket.id, null, ticket.handoff);
  await saveTimer(trx, ticket, options, null);
}

/** What a change was loaded from, beside the lengths `changeOf` counted. */
export interface LoadedTicket {
  marks: ListStarts;
  handoff: StoredHandoff | null;
  clockTime: string | null;
}

/** The marks, hand-off and clock time of a ticket as loaded. */
export function loadedTicket(ticket: StoredTicket, options: ClockOptions): LoadedTicket {
  return {
    marks: {
      timeline: ticket.timeline.length,
      messages: ticket.messages.length,
      internalNotes: ticket.internalNotes.length,
    },
    handoff: ticket.handoff && { ...ticket.handoff },
    clockTime: nextClockTime(ticket, options),
  };
}

/**
 * Saves `change` of the ticket `after`; 409 `conflict` if the row is no longer at the version
 * loaded (it cannot be while the transaction holds its lock, but the check stays the guard).
 */
export async function saveChange(
  trx: Kysely<Database>,
  change: TicketChange,
  after: StoredTicket,
  loaded: LoadedTicket,
  options: ClockOptions,
): Promise<void> {
  const { id, ...fields } = ticketRow(change.fields);
  const updated = await trx
    .updateTable('tickets')
    .set(fields)
    .where('id', '=', id)
    .where('version', '=', change.loadedVersion)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) {
    throw conflict(`Ticket ${id} changed since it was loaded; try again.`);
  }
  await insertEntries(trx, id, loaded.marks, change.appended);
  await saveHandoff(trx, id, loaded.handoff, after.handoff);
  await saveTimer(trx, after, options, loaded.clockTime);
}
