/**
 * What a change saves (docs/design/server.md, "What a change saves is what it appended"): the
 * ticket's fields as the rule left them, and the timeline events, messages and internal notes it
 * appended after those loaded. The three lists are append-only: an entry already stored is never
 * saved again, so a rule cannot rewrite history. A database writes the fields under
 * `UPDATE … WHERE version = $loaded` and inserts the appended entries; the `?frames=changes`
 * stream frames use the same counts.
 * @internal
 */
import type { InternalNote, Message, TicketStatus, TimelineEvent } from '@opin/support-sdk/schemas';
import type { StoredTicket } from '../model.js';

/** The lists of a ticket that only grow. */
export type AppendOnlyList = 'timeline' | 'messages' | 'internalNotes';

/** A ticket's fields other than its append-only lists. */
export type TicketFields = Omit<StoredTicket, AppendOnlyList>;

/** Where a change started: the version, status and list lengths it loaded. */
export interface LoadedMarks {
  version: number;
  status: TicketStatus;
  timeline: number;
  messages: number;
  internalNotes: number;
}

/** What one change saves. */
export interface TicketChange {
  /** The version the change loaded (`WHERE version = $loaded`). */
  loadedVersion: number;
  /** Every field but the lists, as the rule left them (among them the new `version`). */
  fields: TicketFields;
  /** The entries appended after those loaded. */
  appended: {
    timeline: TimelineEvent[];
    messages: Message[];
    internalNotes: InternalNote[];
  };
}

/** The marks of a ticket as loaded. */
export function marksOf(ticket: StoredTicket): LoadedMarks {
  return {
    version: ticket.version,
    status: ticket.status,
    timeline: ticket.timeline.length,
    messages: ticket.messages.length,
    internalNotes: ticket.internalNotes.length,
  };
}

/**
 * The change from `loaded` to `after`, or `undefined` when the rule changed nothing (the version
 * did not move). Throws if a list shrank: the rules only append.
 */
export function changeOf(loaded: LoadedMarks, after: StoredTicket): TicketChange | undefined {
  if (after.version === loaded.version) return undefined;
  const { timeline, messages, internalNotes, ...fields } = after;
  const appendedAfter = <T>(list: T[], count: number): T[] => {
    if (list.length < count) throw new Error(`A rule removed entries of ticket ${after.id}.`);
    return list.slice(count);
  };
  return {
    loadedVersion: loaded.version,
    fields,
    appended: {
      timeline: appendedAfter(timeline, loaded.timeline),
      messages: appendedAfter(messages, loaded.messages),
      internalNotes: appendedAfter(internalNotes, loaded.internalNotes),
    },
  };
}

/** Applies `change` to the stored ticket in place, as a database would save it. */
export function applyChange(stored: StoredTicket, change: TicketChange): void {
  if (stored.version !== change.loadedVersion) {
    throw new Error(`Ticket ${stored.id} changed since it was loaded.`);
  }
  Object.assign(stored, change.fields);
  stored.timeline.push(...change.appended.timeline);
  stored.messages.push(...change.appended.messages);
  stored.internalNotes.push(...change.appended.internalNotes);
}
