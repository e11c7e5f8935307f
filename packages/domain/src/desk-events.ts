/**
 * Which desks a change tells, and what (docs/design/realtime.md, "Desk events"): a pure function
 * of what the change appended to the ticket's timeline and how its status moved, so the rules stay
 * as they are. The repository writes the events it returns in the change's transaction, and the
 * desk event log numbers them per desk. Events are thin (ids and state, never text), and a desk is
 * told only what `desk-access.ts` lets it read after the change, with one exception: the target of a
 * hand-off that returned (declined or expired) is told it ended, although it no longer reads the
 * ticket; the event carries nothing it did not already know.
 * @internal
 */
import type {
  DeskEvent,
  DeskEventData,
  DeskEventType,
  Message,
  TimelineEvent,
} from '@opin/support-sdk/schemas';
import { mayRead } from './desk-access.js';
import type { StoredTicket } from './model.js';
import type { LoadedMarks } from './repository/ticket-change.js';

/** A desk event before the log numbers it: everything but `id` and `seq`. */
export type DeskEventDraft = Omit<DeskEvent, 'id' | 'seq'>;

/** One event type and the desks it goes to, before the access check. */
interface Told {
  type: DeskEventType;
  desks: (string | null | undefined)[];
  /** Told even if it no longer reads the ticket (the target of a returned hand-off). */
  exempt?: string;
}

/** What one timeline entry tells, and to whom; `undefined` for entries no desk is told of. */
function toldBy(entry: TimelineEvent, after: StoredTicket): Told | undefined {
  const handoff = after.handoff;
  switch (entry.type) {
    case 'created':
      return { type: 'ticket.received', desks: [entry.desk] };
    case 'handoff_requested':
      return { type: 'handoff.offered', desks: [entry.to, entry.desk] };
    case 'handoff_accepted':
      return { type: 'handoff.accepted', desks: [entry.desk, handoff?.from] };
    case 'handoff_returned': {
      const target = handoff && handoff.from === entry.desk ? handoff.to : undefined;
      const type = entry.reason === 'declined' ? 'handoff.declined' : 'handoff.expired';
      return { type, desks: [entry.desk, target], exempt: target };
    }
    case 'consult_answered':
      return { type: 'consult.answered', desks: [after.owner] };
    case 'message':
      // A desk's own message tells no one: the desk that wrote it knows.
      return entry.desk === undefined
        ? { type: 'message.learner', desks: [after.owner, after.assisting] }
        : undefined;
    case 'status_changed':
    case 'resolved':
    case 'reopened':
      return { type: 'status.changed', desks: [after.owner, after.assisting] };
  }
}

/** The distinct desks of `told` that may be told. */
function recipients(told: Told, after: StoredTicket): string[] {
  const desks = new Set<string>();
  for (const desk of told.desks) {
    if (desk && (desk === told.exempt || mayRead(after, desk))) desks.add(desk);
  }
  return [...desks];
}

/** The ticket's state after the change, as every event of it carries it. */
function stateOf(after: StoredTicket): Omit<DeskEventData, 'timelineEventId' | 'messageId'> {
  const handoff = after.handoff;
  return {
    status: after.status,
    owner: after.owner,
    assisting: after.assisting,
    handoff: handoff && {
      from: handoff.from,
      to: handoff.to,
      mode: handoff.mode,
      state: handoff.state,
    },
  };
}

/**
 * The desk events of one saved change, in timeline order: `loaded` is where the change started
 * (`undefined` when the ticket was just filed), `after` the ticket as saved. A status that moved
 * without a status entry of its own (a desk's first action, a learner's answer) is one more
 * `status.changed`, on the change's last entry.
 */
export function deskEventsOf(after: StoredTicket, loaded?: LoadedMarks): DeskEventDraft[] {
  const appended = after.timeline.slice(loaded?.timeline ?? 0);
  const learnerMessages: Message[] = after.messages
    .slice(loaded?.messages ?? 0)
    .filter((message) => message.author.kind === 'learner');
  const state = stateOf(after);
  const drafts: DeskEventDraft[] = [];
  const tell = (told: Told, entry: TimelineEvent, messageId?: string) => {
    const data: DeskEventData = { ...state, timelineEventId: entry.id };
    if (messageId !== undefined) data.messageId = messageId;
    for (const desk of recipients(told, after)) {
      drafts.push({
        type: told.type,
        at: entry.at,
        desk,
        ticketId: after.id,
        version: after.version,
        data,
      });
    }
  };
  let statusTold = false;
  for (const entry of appended) {
    const told = toldBy(entry, after);
    if (!told) continue;
    if (told.type === 'status.changed') statusTold = true;
    const messageId = told.type === 'message.learner' ? learnerMessages.shift()?.id : undefined;
    tell(told, entry, messageId);
  }
  const last = appended.at(-1);
  if (loaded && !statusTold && last && loaded.status !== after.status) {
    tell({ type: 'status.changed', desks: [after.owner, after.assisting] }, last);
  }
  return drafts;
}
