/**
 * A learner's reply by e-mail, applied as a message from the widget is (`addLearnerMessage`): it
 * joins the thread, answers a question or reopens a resolved ticket, and reaches an e-mail owner.
 * It must come from the address the ticket was filed with (403). Only the learner's own text is
 * read — above the marker line, without the quoted original or the signature
 * (`./email/reply-text.ts`) — and it must hold something, within the widget's limit (400). A
 * refusal says the reply was not added.
 * @internal
 */
import { learnerMessageRequestSchema } from '@opin/support-sdk/schemas';
import { isAddress } from './directory.js';
import { takeReplyText } from './email/reply-text.js';
import { ApiError, forbidden, validationFailed } from './errors.js';
import type { StoredTicket } from './model.js';
import type { RuleContext } from './rule-context.js';
import { addLearnerMessage } from './tickets.js';

/** What of a learner's reply e-mail is read here. */
export interface LearnerReplyEmail {
  from: string;
  body: string;
}

/** Adds the learner's reply to `ticket`. */
export function applyLearnerEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  email: LearnerReplyEmail,
): void {
  const notAdded = `This reply was NOT added to ${ticket.id}.`;
  if (!isAddress(email.from, ticket.contact.email)) {
    throw forbidden(
      `Replies to this address must come from the address the ticket was filed with. ${notAdded}`,
    );
  }
  const text = takeReplyText(email.body);
  if (!learnerMessageRequestSchema.safeParse({ body: text }).success) {
    throw validationFailed(
      `The reply has no text of its own above the quoted e-mail, or more than 10,000 characters. ${notAdded}`,
      ['body'],
    );
  }
  try {
    addLearnerMessage(ctx, ticket, text);
  } catch (error) {
    if (error instanceof ApiError && [400, 409].includes(error.status)) {
      throw new ApiError(error.status, error.code, `${error.message} ${notAdded}`, error.details);
    }
    throw error;
  }
}
