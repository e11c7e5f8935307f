/**
 * A desk writes on a ticket: to the learner (owner only, ticket language only) or internally
 * (owner, or the assisting desk — whose internal message is the consult's answer).
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';
import type { RuleContext } from './rule-context.js';
import { assertMayWriteInternally, assertMayWriteToLearner } from './desk-access.js';
import { sendMessageEmail } from './email/to-learner.js';
import { ApiError } from './errors.js';
import { applyConsultAnswer } from './handoffs.js';
import {
  assertNotClosed,
  assertRoomForMessage,
  assertRoomForNote,
  startWorkIfReceived,
} from './lifecycle.js';
import type { StoredTicket } from './model.js';
import { addEvent, addNote, commit, markSynced } from './ticket-edits.js';

/** A validated desk message. */
export interface DeskMessageInput {
  body: string;
  language: Locale;
  visibility: 'learner' | 'internal';
}

/** `POST /desk/tickets/{id}/messages`. */
export function addDeskMessage(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  input: DeskMessageInput,
  at: string,
): void {
  if (input.visibility === 'learner') {
    assertMayWriteToLearner(ticket, desk);
    assertNotClosed(ticket);
    assertRoomForMessage(ctx, ticket);
    if (input.language !== ticket.language) {
      throw new ApiError(
        422,
        'language_mismatch',
        `Replies on ${ticket.id} must be in ${ticket.language}, the language the learner chose.`,
      );
    }
    applyLearnerReply(ctx, ticket, desk, input.body, at);
  } else {
    // Permission first: a desk with no part in the ticket learns nothing of its state.
    assertMayWriteInternally(ticket, desk);
    assertNotClosed(ticket);
    assertRoomForNote(ctx, ticket);
    if (ticket.assisting === desk) {
      applyConsultAnswer(ctx, ticket, desk, input.body, at, input.language);
    } else {
      addNote(ctx, ticket, { at, desk, kind: 'note', body: input.body, language: input.language });
      markSynced(ticket, desk, at);
    }
  }
  commit(ticket, at);
}

/** A reply to the learner by the owner, in the ticket's language (does not commit). */
export function applyLearnerReply(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  body: string,
  at: string,
): void {
  startWorkIfReceived(ticket);
  ticket.messages.push({
    id: ctx.records.nextId('msg'),
    at,
    author: { kind: 'desk', desk },
    body,
    language: ticket.language,
  });
  addEvent(ctx, ticket, at, { type: 'message', desk });
  markSynced(ticket, desk, at);
  sendMessageEmail(ctx, ticket, desk, body, at);
}
