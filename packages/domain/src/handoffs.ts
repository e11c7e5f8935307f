/**
 * The hand-off state machine (docs/design/domain.md, "Hand-offs"): request → pending → accepted
 * | returned (declined or expired). At most one open hand-off per ticket; the baton is never
 * dropped.
 * @internal
 */
import type { HandoffMode, Locale } from '@opin/support-sdk/schemas';
import type { RuleContext } from './rule-context.js';
import type { RuleOptions } from './rule-options.js';
import { assertMayDecline, assertMayHandOff, handoffAddressedTo, tookPart } from './desk-access.js';
import { deskServes } from './directory.js';
import {
  sendHandoffAnsweredEmail,
  sendHandoffEmail,
  sendHandoffReturnedEmail,
} from './email/to-desk.js';
import { conflict, forbidden, ApiError, validationFailed } from './errors.js';
import { assertRoomForNote, startWorkIfReceived } from './lifecycle.js';
import { isHandoffOpen, type StoredHandoff, type StoredTicket } from './model.js';
import { replanAfterTransfer } from './plan.js';
import { addEvent, addNote, commit, involveDesk, markSynced } from './ticket-edits.js';

/** What the owner asks for. */
export interface HandoffInput {
  to: string;
  mode: HandoffMode;
  note?: string | undefined;
}

/** `POST /desk/tickets/{id}/handoffs`: the owner asks another desk to help or take over. */
export function requestHandoff(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  input: HandoffInput,
  at: string,
): void {
  applyHandoffRequest(ctx, ticket, desk, input, at);
  commit(ticket, at);
}

/**
 * The owner's hand-off request (does not commit): the rule of the desk API and of an e-mail desk's
 * keywords that hand its ticket to Opin.fi (`./desk-email-reply.ts`).
 */
export function applyHandoffRequest(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  input: HandoffInput,
  at: string,
): void {
  assertMayHandOff(ticket, desk);
  const target = ctx.directory.findDesk(input.to);
  if (!target) throw validationFailed(`Unknown desk "${input.to}".`, ['to']);
  if (target.id === ticket.owner)
    throw validationFailed('A desk cannot hand off to itself.', ['to']);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    throw conflict(`${ticket.id} is ${ticket.status}; reopen it before handing it off.`);
  }
  if (isHandoffOpen(ticket.handoff) && ticket.handoff) {
    throw conflict(
      `${ticket.id} already has an open ${ticket.handoff.mode} with ${ticket.handoff.to}.`,
    );
  }
  if (input.mode === 'transfer' && !deskServes(target, ticket.language)) {
    throw new ApiError(
      422,
      'language_not_served',
      `${target.id} does not answer in ${ticket.language}; consult it instead, or transfer to a desk that does.`,
    );
  }
  // Its note, or the note of its expiry, needs room.
  assertRoomForNote(ctx, ticket);
  ticket.handoff = {
    from: desk,
    to: target.id,
    mode: input.mode,
    state: 'pending',
    requestedAt: at,
  };
  involveDesk(ticket, target.id);
  ticket.accessEnded = ticket.accessEnded.filter((ended) => ended !== target.id);
  markSynced(ticket, desk, at);
  addEvent(ctx, ticket, at, { type: 'handoff_requested', desk, to: target.id, mode: input.mode });
  if (input.note !== undefined)
    addNote(ctx, ticket, { at, desk, kind: 'handoff_note', body: input.note });
  sendHandoffEmail(
    ctx,
    ticket,
    { from: desk, to: target.id, mode: input.mode, note: input.note },
    at,
  );
}

/** The pending hand-off addressed to this desk; 403 if it is not the receiver, 409 if not pending. */
export function pendingHandoffFor(ticket: StoredTicket, desk: string): StoredHandoff {
  const handoff = handoffAddressedTo(ticket, desk);
  if (handoff.state !== 'pending') {
    throw conflict(`The hand-off of ${ticket.id} to ${desk} is already ${handoff.state}.`);
  }
  return handoff;
}

/** Accepts the pending hand-off to `desk` (does not commit; the caller may add more first). */
export function applyAccept(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  at: string,
): StoredHandoff {
  const handoff = pendingHandoffFor(ticket, desk);
  handoff.state = 'accepted';
  handoff.respondedAt = at;
  markSynced(ticket, desk, at);
  addEvent(ctx, ticket, at, { type: 'handoff_accepted', desk });
  if (handoff.mode === 'transfer') {
    ticket.owner = desk;
    replanAfterTransfer(ctx, ticket, handoff, at);
    startWorkIfReceived(ticket);
    const taken = { from: handoff.from, by: desk, mode: handoff.mode, answer: undefined };
    sendHandoffAnsweredEmail(ctx, ticket, taken, at);
  } else {
    ticket.assisting = desk;
  }
  return handoff;
}

/** `POST /desk/tickets/{id}/handoffs/accept`. */
export function acceptHandoff(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  at: string,
): void {
  applyAccept(ctx, ticket, desk, at);
  commit(ticket, at);
}

/**
 * Declines the pending hand-off to `desk`, with its reason as an internal note, and returns it to
 * its sender (does not commit). The rule of both ways to decline: the desk API and an e-mail
 * desk's decline keyword (`./desk-email-reply.ts`).
 */
export function applyDecline(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  reason: string | undefined,
  at: string,
): void {
  const handoff = pendingHandoffFor(ticket, desk);
  if (reason !== undefined) assertRoomForNote(ctx, ticket);
  markSynced(ticket, desk, at);
  if (reason !== undefined)
    addNote(ctx, ticket, { at, desk, kind: 'decline_reason', body: reason });
  returnHandoff(ctx, ticket, handoff, 'declined', at);
}

/** `POST /desk/tickets/{id}/handoffs/decline`; an e-mail desk declines by e-mail instead. */
export function declineHandoff(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  reason: string | undefined,
  at: string,
): void {
  assertMayDecline(ctx, pendingHandoffFor(ticket, desk), desk);
  applyDecline(ctx, ticket, desk, reason, at);
  commit(ticket, at);
}

/** The consult's answer reached the owner: the assisting desk steps back (does not commit). */
export function applyConsultAnswer(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  body: string,
  at: string,
  language?: Locale,
): void {
  const handoff = ticket.handoff;
  if (ticket.assisting !== desk || handoff?.mode !== 'consult' || !isHandoffOpen(handoff)) {
    throw forbidden(`${desk} is not assisting on ${ticket.id}.`);
  }
  addNote(ctx, ticket, {
    at,
    desk,
    kind: 'consult_answer',
    body,
    ...(language ? { language } : {}),
  });
  addEvent(ctx, ticket, at, { type: 'consult_answered', desk });
  handoff.answeredAt = at;
  ticket.assisting = null;
  markSynced(ticket, desk, at);
  const answered = { from: handoff.from, by: desk, mode: handoff.mode, answer: body };
  sendHandoffAnsweredEmail(ctx, ticket, answered, at);
}

/** When the acknowledgement window of the ticket's pending hand-off ends, in ms; or `undefined`. */
export function handoffExpiresAt(
  ticket: StoredTicket,
  options: Pick<RuleOptions, 'ackWindowMinutes'>,
): number | undefined {
  const handoff = ticket.handoff;
  if (handoff?.state !== 'pending') return undefined;
  return Date.parse(handoff.requestedAt) + options.ackWindowMinutes * 60_000;
}

/**
 * The clock's rule for hand-offs: a pending hand-off whose acknowledgement window ended by now
 * returns to its sender, at the end of the window.
 */
export function expireHandoffIfDue(ctx: RuleContext, ticket: StoredTicket): void {
  const deadline = handoffExpiresAt(ticket, ctx.options);
  const handoff = ticket.handoff;
  if (deadline === undefined || handoff === null || deadline > ctx.clock.now().getTime()) return;
  const at = new Date(deadline).toISOString();
  returnHandoff(ctx, ticket, handoff, 'expired', at);
  commit(ticket, at);
}

function returnHandoff(
  ctx: RuleContext,
  ticket: StoredTicket,
  handoff: StoredHandoff,
  reason: 'declined' | 'expired',
  at: string,
): void {
  handoff.state = 'returned';
  handoff.respondedAt = at;
  if (handoff.mode === 'transfer') replanAfterTransfer(ctx, ticket, handoff, at);
  if (!tookPart(ticket, handoff.to)) ticket.accessEnded.push(handoff.to);
  addEvent(ctx, ticket, at, { type: 'handoff_returned', desk: handoff.from, reason });
  const why =
    reason === 'declined'
      ? `${handoff.to} declined the ${handoff.mode}`
      : `${handoff.to} did not accept the ${handoff.mode} within ${ctx.options.ackWindowMinutes} minutes`;
  addNote(ctx, ticket, {
    at,
    desk: handoff.from,
    kind: 'alert',
    body: `Hand-off returned: ${why}. ${ticket.id} stays with ${handoff.from}.`,
  });
  sendHandoffReturnedEmail(ctx, ticket, { from: handoff.from, to: handoff.to, reason }, at);
}
