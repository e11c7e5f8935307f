/**
 * E-mails to the learner, always in the ticket's language, each starting with the marker line above
 * which a reply is read, with the learner's reply address as Reply-To (`./reply-tag.ts`): on
 * creation (reference and a link that opens the ticket in the widget, nothing the learner wrote, at
 * most `confirmationMailsPerHour` per mailbox), for every desk message to them, and when resolved.
 * @internal
 */
import type { RuleContext } from '../rule-context.js';
import { inFinnishTime } from './finnish-time.js';
import { learnerEmailTexts, ticketLink, type LearnerEmailFacts } from './learner-texts.js';
import type { StoredTicket } from '../model.js';
import { LEARNER_MAIL_FROM, sendEmail } from './outbox.js';
import { LEARNER_PARTY, replyAddress } from './reply-tag.js';
import { replyMarkerLine } from './reply-marker.js';
import { mayConfirmTo } from './recipient-limit.js';

function factsOf(ticket: StoredTicket): LearnerEmailFacts {
  return {
    ticketId: ticket.id,
    subject: ticket.subject,
    contactName: ticket.contact.name,
    link: ticketLink(ticket.id, ticket.language),
  };
}

function deliver(
  ctx: RuleContext,
  ticket: StoredTicket,
  at: string,
  text: { subject: string; body: string },
) {
  sendEmail(ctx, at, {
    to: ticket.contact.email,
    from: LEARNER_MAIL_FROM,
    replyTo: replyAddress(ctx.replyKey, ticket.id, LEARNER_PARTY),
    ticketId: ticket.id,
    subject: text.subject,
    body: `${replyMarkerLine(ticket.language)}\n\n${text.body}`,
  });
}

/**
 * Confirms a new ticket: its reference, who received it and who answers, in which language and by
 * when — all from the ticket itself (`owner`, `plan`) — and the link that opens it; never its
 * subject or the name given, as nobody has verified the address. Not sent once the mailbox had
 * `confirmationMailsPerHour` confirmations in the last hour (`./recipient-limit.ts`).
 */
export function sendCreatedEmail(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  if (!mayConfirmTo(ctx, ticket.contact.email, at)) return;
  const name = (desk: string) => ctx.directory.requireDesk(desk).name[ticket.language];
  const { answeringDesk, expectedBy } = ticket.plan;
  const plan = {
    holder: ticket.owner === answeringDesk ? undefined : name(ticket.owner),
    answeringDesk: name(answeringDesk),
    expectedBy: inFinnishTime(expectedBy),
  };
  const facts = { ticketId: ticket.id, link: ticketLink(ticket.id, ticket.language) };
  deliver(ctx, ticket, at, learnerEmailTexts[ticket.language].created(facts, plan));
}

/** Forwards a desk's message to the learner. */
export function sendMessageEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  desk: string,
  body: string,
  at: string,
): void {
  const deskName = ctx.directory.requireDesk(desk).name[ticket.language];
  deliver(
    ctx,
    ticket,
    at,
    learnerEmailTexts[ticket.language].message(factsOf(ticket), deskName, body),
  );
}

/** Tells the learner the ticket was resolved and how to reopen it. */
export function sendResolvedEmail(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  deliver(ctx, ticket, at, learnerEmailTexts[ticket.language].resolved(factsOf(ticket)));
}
