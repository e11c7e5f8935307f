/**
 * E-mails to the learner, always in the ticket's language: on creation (reference and a link that
 * opens the ticket in the widget), for every desk message to them, and when resolved.
 * @internal
 */
import type { MockContext } from '../context.js';
import { requireDesk } from '../directory.js';
import { learnerEmailTexts, ticketLink, type LearnerEmailFacts } from './learner-texts.js';
import type { StoredTicket } from '../model.js';
import { LEARNER_MAIL_FROM, sendEmail } from './outbox.js';

function factsOf(ticket: StoredTicket): LearnerEmailFacts {
  return {
    ticketId: ticket.id,
    subject: ticket.subject,
    contactName: ticket.contact.name,
    link: ticketLink(ticket.id, ticket.language),
  };
}

function deliver(
  ctx: MockContext,
  ticket: StoredTicket,
  at: string,
  text: { subject: string; body: string },
) {
  sendEmail(ctx, at, {
    to: ticket.contact.email,
    from: LEARNER_MAIL_FROM,
    ticketId: ticket.id,
    ...text,
  });
}

/** Confirms a new ticket: its reference, who handles it and the link that opens it. */
export function sendCreatedEmail(
  ctx: MockContext,
  ticket: StoredTicket,
  answeringDesk: string,
  responseHours: number,
  at: string,
): void {
  const deskName = requireDesk(answeringDesk).name[ticket.language];
  deliver(
    ctx,
    ticket,
    at,
    learnerEmailTexts[ticket.language].created(factsOf(ticket), deskName, responseHours),
  );
}

/** Forwards a desk's message to the learner. */
export function sendMessageEmail(
  ctx: MockContext,
  ticket: StoredTicket,
  desk: string,
  body: string,
  at: string,
): void {
  const deskName = requireDesk(desk).name[ticket.language];
  deliver(
    ctx,
    ticket,
    at,
    learnerEmailTexts[ticket.language].message(factsOf(ticket), deskName, body),
  );
}

/** Tells the learner the ticket was resolved and how to reopen it. */
export function sendResolvedEmail(ctx: MockContext, ticket: StoredTicket, at: string): void {
  deliver(ctx, ticket, at, learnerEmailTexts[ticket.language].resolved(factsOf(ticket)));
}
