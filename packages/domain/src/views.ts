/**
 * What leaves the service: the learner view (`Ticket`: no internal notes) and the desk view
 * (`DeskTicket`: plus internal notes and the routing advice). Optional fields are omitted when absent.
 * @internal
 */
import type { DeskTicket, Handoff, Ticket } from '@opin/support-sdk/schemas';
import type { Directory } from './directory.js';
import type { StoredHandoff, StoredTicket } from './model.js';

function handoffView(handoff: StoredHandoff): Handoff {
  const view: Handoff = {
    from: handoff.from,
    to: handoff.to,
    mode: handoff.mode,
    state: handoff.state,
    requestedAt: handoff.requestedAt,
  };
  if (handoff.respondedAt !== undefined) view.respondedAt = handoff.respondedAt;
  return view;
}

/** The ticket as its learner sees it. */
export function learnerView(directory: Directory, ticket: StoredTicket): Ticket {
  return {
    id: ticket.id,
    version: ticket.version,
    language: ticket.language,
    topicId: ticket.topicId,
    institutionId: ticket.institutionId,
    origin: ticket.origin,
    subject: ticket.subject,
    description: ticket.description,
    contact: { ...ticket.contact },
    status: ticket.status,
    owner: ticket.owner,
    plan: { ...ticket.plan },
    assisting: ticket.assisting,
    handoff: ticket.handoff ? handoffView(ticket.handoff) : null,
    desks: ticket.desks.map((desk) => ({
      id: desk.id,
      integration: directory.requireDesk(desk.id).integration,
      lastSyncAt: desk.lastSyncAt,
    })),
    timeline: ticket.timeline.map((event) => ({ ...event })),
    messages: ticket.messages.map((message) => ({ ...message, author: { ...message.author } })),
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
  };
}

/** The ticket as a desk sees it. */
export function deskView(directory: Directory, ticket: StoredTicket): DeskTicket {
  return {
    ...learnerView(directory, ticket),
    internalNotes: ticket.internalNotes.map((note) => ({ ...note })),
    plannedHandoff: ticket.plannedHandoff ? { ...ticket.plannedHandoff } : null,
  };
}
