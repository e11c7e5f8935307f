/**
 * The inbound e-mail bridge (`POST /desk/inbound-email`): a reply from an e-mail desk accepts its
 * pending hand-off, answers a consult, or — once the desk owns the ticket — talks to the learner.
 * A reply that cannot be applied is refused (409 when its hand-off ended, 403 when the desk has no
 * part in the ticket) with a message saying it was not recorded.
 * @internal
 */
import type { MockContext } from './context.js';
import { applyLearnerReply } from './desk-messages.js';
import { emailAddressOf, requireDesk } from './directory.js';
import { readResolveDirective, stripQuotedReply } from './email/reply-text.js';
import { ticketForReply } from './email/reply-token.js';
import { conflict, forbidden, MockApiError } from './errors.js';
import { applyAccept, applyConsultAnswer } from './handoffs.js';
import { assertCanResolve, assertNotClosed, resolve } from './lifecycle.js';
import type { StoredTicket } from './model.js';
import { commit, markSynced } from './ticket-edits.js';

/** A validated inbound e-mail. */
export interface InboundEmail {
  from: string;
  subject: string;
  body: string;
}

const EMPTY_CONSULT_ANSWER = '(The e-mail reply had no text of its own.)';

/** Applies a desk's reply e-mail to its ticket and returns the ticket. */
export function receiveDeskEmail(
  ctx: MockContext,
  desk: string,
  email: InboundEmail,
): StoredTicket {
  const deskEmail = emailAddressOf(requireDesk(desk));
  if (deskEmail === undefined) {
    throw forbidden(`${desk} is connected in real time, not by e-mail; use the desk endpoints.`);
  }
  if (deskEmail.toLowerCase() !== email.from.trim().toLowerCase()) {
    throw forbidden(`This key belongs to ${desk}; its replies must come from ${deskEmail}.`);
  }
  const ticket = ticketForReply(ctx, desk, email.subject);

  const at = ctx.clock.nowIso();
  const text = stripQuotedReply(email.body);
  try {
    applyReply(ctx, ticket, desk, text, at);
  } catch (error) {
    if (error instanceof MockApiError && (error.status === 409 || error.status === 403)) {
      throw new MockApiError(
        error.status,
        error.code,
        `${error.message} This reply was NOT added to ${ticket.id}.`,
      );
    }
    throw error;
  }
  markSynced(ticket, desk, at);
  commit(ctx, ticket, at);
  return ticket;
}

function applyReply(
  ctx: MockContext,
  ticket: StoredTicket,
  desk: string,
  text: string,
  at: string,
) {
  const handoff = ticket.handoff;
  if (handoff?.to === desk && handoff.state === 'pending') {
    if (handoff.mode === 'consult') {
      applyAccept(ctx, ticket, desk, at);
      applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
    } else {
      applyAccept(ctx, ticket, desk, at);
      applyOwnerReply(ctx, ticket, desk, text, at);
    }
  } else if (ticket.assisting === desk) {
    applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
  } else if (ticket.owner === desk) {
    applyOwnerReply(ctx, ticket, desk, text, at);
  } else {
    throw notApplicable(ticket, desk);
  }
}

/** A reply by the owning desk: a message to the learner, and `RESOLVED` resolves. */
function applyOwnerReply(
  ctx: MockContext,
  ticket: StoredTicket,
  desk: string,
  text: string,
  at: string,
) {
  const directive = readResolveDirective(text);
  assertNotClosed(ticket);
  if (directive.resolve) assertCanResolve(ticket);
  if (directive.text !== '') applyLearnerReply(ctx, ticket, desk, directive.text, at);
  if (directive.resolve) resolve(ctx, ticket, desk, at);
}

/**
 * Why the reply cannot be applied: its hand-off ended (409, the state moved on), or the desk has
 * no part in the ticket (403, like any desk action it may not take).
 */
function notApplicable(ticket: StoredTicket, desk: string): MockApiError {
  const handoff = ticket.handoff;
  if (handoff?.to === desk && handoff.state === 'returned') {
    return conflict(
      `The hand-off of ${ticket.id} to ${desk} already returned to ${handoff.from} (at ${handoff.respondedAt ?? handoff.requestedAt}); ask ${ticket.owner} to hand it off again.`,
    );
  }
  if (handoff?.to === desk && handoff.state === 'accepted') {
    return conflict(
      `${desk} already answered on ${ticket.id}; ${ticket.owner} now owns the conversation with the learner.`,
    );
  }
  return forbidden(`${desk} has no open hand-off on ${ticket.id} and does not own it.`);
}
