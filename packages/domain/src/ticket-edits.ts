/**
 * Small building blocks every change to a ticket uses: timeline events, notes, desk sync times,
 * and ending the change (version + 1).
 * @internal
 */
import type { InternalNote, Locale, TimelineEvent } from '@opin/support-sdk/schemas';
import type { RuleContext } from './rule-context.js';
import type { StoredTicket } from './model.js';

/** The fields of a timeline event other than its id and time. */
export type TimelineFields = Omit<TimelineEvent, 'id' | 'at'>;

/** Appends a timeline event. */
export function addEvent(
  ctx: RuleContext,
  ticket: StoredTicket,
  at: string,
  fields: TimelineFields,
): void {
  ticket.timeline.push({ id: ctx.records.nextId('evt'), at, ...fields });
}

/** Appends an internal note (never shown to the learner). */
export function addNote(
  ctx: RuleContext,
  ticket: StoredTicket,
  note: { at: string; desk: string; kind: InternalNote['kind']; body: string; language?: Locale },
): void {
  ticket.internalNotes.push({ id: ctx.records.nextId('note'), ...note });
}

/** Makes sure the desk is listed among the ticket's desks (last sync unknown until it acts). */
export function involveDesk(ticket: StoredTicket, deskId: string): void {
  if (!ticket.desks.some((desk) => desk.id === deskId)) {
    ticket.desks.push({ id: deskId, lastSyncAt: null });
  }
}

/** Records that information from this desk reached the ticket at `at`. */
export function markSynced(ticket: StoredTicket, deskId: string, at: string): void {
  involveDesk(ticket, deskId);
  for (const desk of ticket.desks) if (desk.id === deskId) desk.lastSyncAt = at;
}

/**
 * Ends a change: version + 1 and `updatedAt`. The repository saves a ticket whose version moved
 * and then tells its followers (`./repository/ticket-repository.ts`).
 */
export function commit(ticket: StoredTicket, at: string): void {
  ticket.version += 1;
  ticket.updatedAt = at;
}
