/**
 * The learner-facing status and who may move it (docs/design/domain.md, "Ticket lifecycle"). Any
 * change the table does not allow is refused with 409 `conflict`.
 * @internal
 */
import type { TicketStatus } from '@opin/support-sdk/schemas';
import type { RuleContext } from './rule-context.js';
import { assertMayChangeStatus } from './desk-access.js';
import { sendResolvedEmail } from './email/to-learner.js';
import { conflict } from './errors.js';
import { isHandoffOpen, type StoredTicket } from './model.js';
import { addEvent, commit } from './ticket-edits.js';

/** Days after resolving when a resolved ticket closes by itself. */
export const REOPEN_WINDOW_DAYS = 14;
const REOPEN_WINDOW_MS = REOPEN_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** A closed ticket takes nothing more: the learner files a new one. */
export function assertNotClosed(ticket: StoredTicket): void {
  if (ticket.status === 'closed') {
    throw conflict(`${ticket.id} is closed and takes no more messages; please file a new ticket.`);
  }
}

/**
 * A ticket holds at most `maxMessagesPerTicket` messages (0: no limit), so what one ticket may grow
 * to, and every frame and answer that carries it, stays bounded: one more is refused with 409.
 */
export function assertRoomForMessage(ctx: RuleContext, ticket: StoredTicket): void {
  const max = ctx.options.maxMessagesPerTicket;
  if (max > 0 && ticket.messages.length >= max) {
    throw conflict(
      `${ticket.id} already holds ${max} messages and takes no more; please file a new ticket.`,
    );
  }
}

/**
 * Internal notes likewise (a note, a hand-off note, a decline reason, a consult's answer): at most
 * `maxMessagesPerTicket` of them; a desk action that would add one more is refused with 409 before
 * it changes anything. Only the note a returned hand-off leaves (declined or expired) may go one
 * over.
 */
export function assertRoomForNote(ctx: RuleContext, ticket: StoredTicket): void {
  const max = ctx.options.maxMessagesPerTicket;
  if (max > 0 && ticket.internalNotes.length >= max) {
    throw conflict(
      `${ticket.id} already holds ${max} internal notes and takes no more; start a new ticket for the learner's next matter.`,
    );
  }
}

/**
 * A learner reopens a resolved ticket (`POST /tickets/{id}/reopen`, or a message to it) at most
 * `maxReopensPerTicket` times (0: no limit): each reopening adds to the timeline, and only desks
 * (trusted key holders) may grow it further. One more is refused with 409 before it changes anything.
 */
export function assertRoomForReopen(ctx: RuleContext, ticket: StoredTicket): void {
  const max = ctx.options.maxReopensPerTicket;
  const reopens = ticket.timeline.filter((event) => event.type === 'reopened').length;
  if (max > 0 && reopens >= max) {
    throw conflict(
      `${ticket.id} has been reopened ${max} times and cannot be reopened again; please file a new ticket.`,
    );
  }
}

/**
 * The owner's first action moves `received` → `in_progress`. The action itself is on the timeline
 * (message, hand-off accepted), so the implied status change adds no event of its own.
 */
export function startWorkIfReceived(ticket: StoredTicket): void {
  if (ticket.status === 'received') ticket.status = 'in_progress';
}

/** Refuses to resolve unless the status allows it and no hand-off is open. */
export function assertCanResolve(ticket: StoredTicket): void {
  if (!['received', 'in_progress', 'waiting_for_learner'].includes(ticket.status)) {
    throw conflict(`${ticket.id} cannot be resolved from status ${ticket.status}.`);
  }
  if (isHandoffOpen(ticket.handoff) && ticket.handoff) {
    throw conflict(
      `${ticket.id} cannot be resolved while its ${ticket.handoff.mode} with ${ticket.handoff.to} is open.`,
    );
  }
}

/** The owner resolves the ticket; the learner gets an e-mail. Does not commit. */
export function resolve(ctx: RuleContext, ticket: StoredTicket, desk: string, at: string): void {
  assertCanResolve(ticket);
  ticket.status = 'resolved';
  ticket.resolvedAt = at;
  addEvent(ctx, ticket, at, { type: 'resolved', desk });
  sendResolvedEmail(ctx, ticket, at);
}

/**
 * `POST /desk/tickets/{id}/status`, by the owner only (403 for any other desk). From `received`,
 * the change is the owner's first action, which also allows going straight to `waiting_for_learner`.
 */
export function changeStatusByOwner(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  status: TicketStatus,
  at: string,
): void {
  assertMayChangeStatus(ticket, desk);
  const from = ticket.status;
  if (status === 'resolved') {
    resolve(ctx, ticket, desk, at);
  } else if (
    (status === 'in_progress' && from === 'received') ||
    (status === 'waiting_for_learner' && (from === 'in_progress' || from === 'received'))
  ) {
    ticket.status = status;
    addEvent(ctx, ticket, at, { type: 'status_changed', status, desk });
  } else {
    throw conflict(`A desk cannot move ${ticket.id} from ${from} to ${status}.`);
  }
  commit(ticket, at);
}

/**
 * What a learner's message does to the status: reopens a resolved ticket, brings a waiting one
 * back to `in_progress`; a closed ticket refuses it. Does not commit.
 */
export function applyLearnerMessageToStatus(ctx: RuleContext, ticket: StoredTicket, at: string) {
  assertNotClosed(ticket);
  if (ticket.status === 'resolved') {
    reopenResolved(ctx, ticket, at);
  } else if (ticket.status === 'waiting_for_learner') {
    ticket.status = 'in_progress';
  }
}

/** `POST /tickets/{id}/reopen`: only a resolved ticket (within 14 days, i.e. not yet closed). */
export function reopenByLearner(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  if (ticket.status !== 'resolved') {
    throw conflict(`Only a resolved ticket can be reopened; ${ticket.id} is ${ticket.status}.`);
  }
  reopenResolved(ctx, ticket, at);
  commit(ticket, at);
}

function reopenResolved(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  assertRoomForReopen(ctx, ticket);
  ticket.status = 'in_progress';
  ticket.resolvedAt = null;
  addEvent(ctx, ticket, at, { type: 'reopened' });
}

/** When the resolved ticket closes by itself, in ms; `undefined` unless it is resolved. */
export function resolutionClosesAt(ticket: StoredTicket): number | undefined {
  if (ticket.status !== 'resolved' || ticket.resolvedAt === null) return undefined;
  return Date.parse(ticket.resolvedAt) + REOPEN_WINDOW_MS;
}

/** The clock's rule for resolutions: resolved 14 days ago or more → closed, when the window ended. */
export function closeResolutionIfDue(ctx: RuleContext, ticket: StoredTicket): void {
  const closesAt = resolutionClosesAt(ticket);
  if (closesAt === undefined || closesAt > ctx.clock.now().getTime()) return;
  const at = new Date(closesAt).toISOString();
  ticket.status = 'closed';
  addEvent(ctx, ticket, at, { type: 'status_changed', status: 'closed' });
  commit(ticket, at);
}
