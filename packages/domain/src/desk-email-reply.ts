/**
 * A reply from an e-mail desk, applied: it accepts its pending hand-off, answers a consult, or —
 * once the desk owns the ticket — talks to the learner; a keyword on its first line
 * (`./email/reply-keywords.ts`, in Finnish, Swedish or English) also accepts, declines, resolves,
 * or hands the desk's ticket to Opin.fi (consult or transfer), the rest of the text being the
 * answer, the reason or the note. Only the desk's own text is read (above the marker line,
 * without the quoted original), and text for the learner that repeats an e-mail sent to desks is
 * refused. A reply that cannot be applied is refused (400 when it repeats one, 409 when its
 * hand-off ended or the keyword's rule says so, 403 when the desk has no part in the ticket or the
 * keyword is not its to use) with a message saying it was not recorded. Which desk replied is
 * settled before (`./inbound-email.ts`): the party its reply tag was made for, from its own address.
 * @internal
 */
import type { RuleContext } from './rule-context.js';
import { applyLearnerReply } from './desk-messages.js';
import { declineRequestSchema, OPIN_DESK_ID } from '@opin/support-sdk/schemas';
import { assertMayChangeStatus } from './desk-access.js';
import { isAddress } from './directory.js';
import { readReplyKeyword } from './email/reply-keywords.js';
import { takeReplyText } from './email/reply-text.js';
import { repeatsDeskEmail } from './email/sent-to-desks.js';
import { conflict, forbidden, ApiError, validationFailed } from './errors.js';
import {
  applyAccept,
  applyConsultAnswer,
  applyDecline,
  applyHandoffRequest,
  pendingHandoffFor,
} from './handoffs.js';
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
  body: string;
}

const EMPTY_CONSULT_ANSWER = '(The e-mail reply had no text of its own.)';

/** A reply as `desk` must come from the desk's own address (403). */
export function assertFromDesk(desk: string, deskEmail: string, email: DeskReplyEmail): void {
  if (!isAddress(email.from, deskEmail)) {
    throw forbidden(`Replies as ${desk} must come from ${deskEmail}.`);
  }
}

/** Applies an e-mail desk's reply to `ticket`. */
export function applyDeskReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  email: DeskReplyEmail,
): void {
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

/**
 * The reply, by the keyword of its first line (`./email/reply-keywords.ts`): decline, hand the
 * ticket to Opin.fi, accept, resolve, or none. A keyword that cannot apply is refused by the rule
 * it names (403 or 409) before anything changes.
 */
function applyReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  text: string,
  at: string,
) {
  const { command, text: rest } = readReplyKeyword(text);
  switch (command) {
    case 'decline':
      applyDecline(ctx, ticket, desk, declineReason(rest), at);
      return;
    case 'consultOpin':
    case 'transferOpin':
      applyHandoffRequest(
        ctx,
        ticket,
        desk,
        {
          to: OPIN_DESK_ID,
          mode: command === 'consultOpin' ? 'consult' : 'transfer',
          note: rest === '' ? undefined : rest,
        },
        at,
      );
      return;
    case 'accept':
      pendingHandoffFor(ticket, desk);
      answer(ctx, ticket, desk, { text: rest, resolve: false }, at);
      return;
    case 'resolve':
      answer(ctx, ticket, desk, { text: rest, resolve: true }, at);
      return;
    case undefined:
      answer(ctx, ticket, desk, { text: rest, resolve: false }, at);
  }
}

/** A decline's reason: the reply's text, within the desk API's limit (400 over it). */
function declineReason(text: string): string | undefined {
  if (text === '') return undefined;
  const result = declineRequestSchema.safeParse({ reason: text });
  if (!result.success) {
    throw validationFailed(
      'The reason for declining is too long: write at most 2,000 characters after the keyword.',
      ['body'],
    );
  }
  return text;
}

/** What the reply says besides its keyword: its text, and whether it resolves the ticket. */
interface ReplyAnswer {
  text: string;
  resolve: boolean;
}

/**
 * A reply that answers: it accepts a pending hand-off to the desk (a consult's answer, or a
 * transfer's first message to the learner), or is the assisting desk's answer, or the owner's
 * message. Only the owner, or the target of a transfer as it accepts it, resolves.
 */
function answer(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  reply: ReplyAnswer,
  at: string,
) {
  const { text } = reply;
  const handoff = ticket.handoff;
  if (handoff?.to === desk && handoff.state === 'pending') {
    // Every refusal comes before the acceptance changes the ticket.
    if (handoff.mode === 'consult') {
      if (reply.resolve) assertMayChangeStatus(ticket, desk);
      assertRoomForNote(ctx, ticket);
      applyAccept(ctx, ticket, desk, at);
      applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
    } else {
      assertOwnText(ctx, ticket, text);
      if (text !== '') assertRoomForMessage(ctx, ticket);
      applyAccept(ctx, ticket, desk, at);
      applyOwnerReply(ctx, ticket, desk, reply, at);
    }
  } else if (ticket.assisting === desk) {
    if (reply.resolve) assertMayChangeStatus(ticket, desk);
    assertRoomForNote(ctx, ticket);
    applyConsultAnswer(ctx, ticket, desk, text || EMPTY_CONSULT_ANSWER, at);
  } else if (ticket.owner === desk) {
    assertOwnText(ctx, ticket, text);
    applyOwnerReply(ctx, ticket, desk, reply, at);
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

/** A reply by the owning desk: a message to the learner, and the resolve keyword resolves. */
function applyOwnerReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  reply: ReplyAnswer,
  at: string,
) {
  assertNotClosed(ticket);
  if (reply.text !== '') assertRoomForMessage(ctx, ticket);
  if (reply.resolve) assertCanResolve(ticket);
  if (reply.text !== '') applyLearnerReply(ctx, ticket, desk, reply.text, at);
  if (reply.resolve) resolve(ctx, ticket, desk, at);
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
