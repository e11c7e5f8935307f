/**
 * A reply from an e-mail desk, applied: it accepts its pending hand-off, answers a consult, or —
 * once the desk owns the ticket — talks to the learner. Only the desk's own text is read (above the
 * marker line, without the quoted original), and text for the learner that repeats an e-mail sent
 * to desks is refused. A reply that cannot be applied is refused (400 when it repeats one, 409 when
 * its hand-off ended, 403 when the desk has no part in the ticket) with a message saying it was not
 * recorded.
 * @internal
 */
import type { RuleContext } from './rule-context.js';
import { applyLearnerReply } from './desk-messages.js';
import { readResolveDirective, takeReplyText } from './email/reply-text.js';
import { assertReplyToken, replyTagOf, type ReplyTag } from './email/reply-token.js';
import { repeatsDeskEmail } from './email/sent-to-desks.js';
import { conflict, forbidden, ApiError } from './errors.js';
import { applyAccept, applyConsultAnswer } from './handoffs.js';
import {
  assertCanResolve,
  assertNotClosed,
  assertRoomForMessage,
  assertRoomForNote,
  resolve,
} from './lifecycle.js';
import type { StoredTicket } from './model.js';
import { commit, markSynced } from './ticket-edits.js';

/** What of a desk's reply e-mail is read here. */
export interface DeskReplyEmail {
  from: string;
  subject: string;
  body: string;
}

const EMPTY_CONSULT_ANSWER = '(The e-mail reply had no text of its own.)';

/**
 * The tag of an e-mail desk's reply (sent from `deskEmail`): 403 from another address, 400 without
 * a reply tag (`./email/reply-token.ts`). Checked before the ticket is loaded.
 */
export function replyTagFor(desk: string, deskEmail: string, email: DeskReplyEmail): ReplyTag {
  if (deskEmail.toLowerCase() !== email.from.trim().toLowerCase()) {
    throw forbidden(`This key belongs to ${desk}; its replies must come from ${deskEmail}.`);
  }
  return replyTagOf(email.subject);
}

/**
 * Applies an e-mail desk's reply to the ticket its tag names: 404 when the tag's token was not
 * mailed to this desk about it (`./email/reply-token.ts`).
 */
export function applyDeskReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  tag: ReplyTag,
  email: DeskReplyEmail,
): void {
  assertReplyToken(ticket, desk, tag);
  const at = ctx.clock.nowIso();
  const text = takeReplyText(email.body);
  try {
    applyReply(ctx, ticket, desk, text, at);
  } catch (error) {
    if (error instanceof ApiError && [400, 403, 409].includes(error.status)) {
      throw new ApiError(
        error.status,
        error.code,
        `${error.message} This reply was NOT added to ${ticket.id}.`,
        error.details,
      );
    }
    throw error;
  }
  markSynced(ticket, desk, at);
  commit(ticket, at);
}

function applyReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  text: string,
  at: string,
) {
  const handoff = ticket.handoff;
  if (handoff?.to === desk && handoff.state === 'pending') {
    // Every refusal comes before the acceptance changes the ticket.
    if (handoff.mode === 'consult') {
      assertRoomForNote(ctx, ticket);
      applyAccept(ctx, ticket, desk, at);
      applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
    } else {
      assertOwnText(ctx, ticket, text);
      if (readResolveDirective(text).text !== '') assertRoomForMessage(ctx, ticket);
      applyAccept(ctx, ticket, desk, at);
      applyOwnerReply(ctx, ticket, desk, text, at);
    }
  } else if (ticket.assisting === desk) {
    assertRoomForNote(ctx, ticket);
    applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
  } else if (ticket.owner === desk) {
    assertOwnText(ctx, ticket, text);
    applyOwnerReply(ctx, ticket, desk, text, at);
  } else {
    throw notApplicable(ticket, desk);
  }
}

/** Text for the learner must not repeat what was e-mailed to desks (400, before any change). */
function assertOwnText(ctx: RuleContext, ticket: StoredTicket, text: string) {
  if (!repeatsDeskEmail(ctx, ticket, text)) return;
  const message =
    'The reply repeats text of an e-mail Opin.fi sent to the desk, which is for desks only. Write the answer to the learner above the marker line at the top of that e-mail, and send it again.';
  throw new ApiError(400, 'validation_failed', message, [{ path: ['body'], message }]);
}

/** A reply by the owning desk: a message to the learner, and `RESOLVED` resolves. */
function applyOwnerReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  text: string,
  at: string,
) {
  const directive = readResolveDirective(text);
  assertNotClosed(ticket);
  if (directive.text !== '') assertRoomForMessage(ctx, ticket);
  if (directive.resolve) assertCanResolve(ticket);
  if (directive.text !== '') applyLearnerReply(ctx, ticket, desk, directive.text, at);
  if (directive.resolve) resolve(ctx, ticket, desk, at);
}

/**
 * Why the reply cannot be applied: its hand-off ended (409, the state moved on), or the desk has
 * no part in the ticket (403, like any desk action it may not take).
 */
function notApplicable(ticket: StoredTicket, desk: string): ApiError {
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
