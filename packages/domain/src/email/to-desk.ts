/**
 * E-mails to desks with `email` integration: hand-offs, new tickets, learner messages and returned
 * hand-offs. Their replies come back through `POST /desk/inbound-email`, matched by the reply tag
 * `[OPIN-482019375568 #<token>]` in the subject (`reply-token.ts`). Desk e-mails are written in
 * English, but for their first line: the marker above which the desk writes its reply, in the
 * desk's working language (`./reply-marker.ts`); nothing below it is ever read.
 * @internal
 */
import type { HandoffMode, Locale } from '@opin/support-sdk/schemas';
import type { RuleContext } from '../rule-context.js';
import { emailAddressOf, workingLanguage, type Directory } from '../directory.js';
import type { StoredTicket } from '../model.js';
import { DESK_MAIL_FROM, sendEmail } from './outbox.js';
import { replyMarkerLine } from './reply-marker.js';
import { replyTag } from './reply-token.js';

const languageNames: Record<Locale, string> = {
  fi: 'Finnish (suomi)',
  sv: 'Swedish (svenska)',
  en: 'English',
};

function deskName(directory: Directory, id: string): string {
  return directory.findDesk(id)?.name.en ?? id;
}

/** The ticket's facts as a desk needs them. */
function ticketDetails(directory: Directory, ticket: StoredTicket): string {
  const deskNamed = (id: string) => deskName(directory, id);
  const lines = [
    `Ticket: ${ticket.id}`,
    `Language: ${languageNames[ticket.language]} — every answer to the learner must be in it`,
    `Topic: ${directory.findTopic(ticket.topicId)?.title.en ?? ticket.topicId}`,
    `Institution: ${ticket.institutionId ? deskNamed(ticket.institutionId) : '—'}`,
    `Received by: ${deskNamed(ticket.origin)}`,
    `Learner: ${ticket.contact.name ?? '(no name given)'}`,
    `Subject: ${ticket.subject}`,
    '',
    'Description:',
    ticket.description,
  ];
  return lines.join('\n');
}

const WRITE_ABOVE_MARKER =
  'Write your reply above the marker line at the top of this e-mail: nothing below it is read.';

const replyAnswersLearner = (ctx: RuleContext, ticket: StoredTicket, desk: string) =>
  `How to answer: reply to this e-mail and keep ${replyTag(ctx.directory, ticket, desk)} in the subject. ` +
  `Your reply is sent to the learner as it is, so write it in ${languageNames[ticket.language]}. ` +
  `${WRITE_ABOVE_MARKER} To resolve the ticket, make RESOLVED the first line of your reply.`;

function toDesk(ctx: RuleContext, deskId: string, ticket: StoredTicket, at: string, body: string) {
  const desk = ctx.directory.requireDesk(deskId);
  const address = emailAddressOf(desk);
  if (address === undefined) return;
  sendEmail(ctx, at, {
    to: address,
    from: DESK_MAIL_FROM,
    subject: `${replyTag(ctx.directory, ticket, deskId)} ${ticket.subject}`,
    body: `${replyMarkerLine(workingLanguage(desk))}\n\n${body}`,
    ticketId: ticket.id,
  });
}

/** A hand-off to an e-mail desk: the ticket, the mode, the note and how to reply. */
export function sendHandoffEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  hand: { from: string; to: string; mode: HandoffMode; note: string | undefined },
  at: string,
): void {
  const from = deskName(ctx.directory, hand.from);
  const intro =
    hand.mode === 'consult'
      ? `${from} asks for your help with a ticket (consult). ${from} keeps the ticket and answers the learner; your reply goes to ${from} only and the learner does not see it.`
      : `${from} is transferring a ticket to you (transfer). When you reply, you take the ticket over and answer the learner directly.`;
  const howToReply =
    hand.mode === 'consult'
      ? `How to answer: reply to this e-mail and keep ${replyTag(ctx.directory, ticket, hand.to)} in the subject. Your reply accepts the consult and becomes your answer to ${from}. ${WRITE_ABOVE_MARKER}`
      : replyAnswersLearner(ctx, ticket, hand.to);
  const body = [
    intro,
    ticketDetails(ctx.directory, ticket),
    `Note from ${from}:\n${hand.note ?? '(no note)'}`,
    howToReply,
    `If no reply arrives within ${ctx.options.ackWindowMinutes / 60} hours, the ticket returns to ${from}.`,
  ].join('\n\n');
  toDesk(ctx, hand.to, ticket, at, body);
}

/** A new ticket received through an e-mail desk's own portal. */
export function sendNewTicketEmail(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  const body = [
    'A learner filed a new ticket through your portal. You own it.',
    ticketDetails(ctx.directory, ticket),
    replyAnswersLearner(ctx, ticket, ticket.owner),
  ].join('\n\n');
  toDesk(ctx, ticket.owner, ticket, at, body);
}

/** Forwards a learner's message to the owning e-mail desk. */
export function forwardLearnerMessage(
  ctx: RuleContext,
  ticket: StoredTicket,
  message: string,
  at: string,
): void {
  const body = [
    `The learner wrote on ${ticket.id}:`,
    message,
    replyAnswersLearner(ctx, ticket, ticket.owner),
  ].join('\n\n');
  toDesk(ctx, ticket.owner, ticket, at, body);
}

/** Tells an e-mail desk its hand-off came back and the ticket stays with it. */
export function sendHandoffReturnedEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  hand: { from: string; to: string; reason: 'declined' | 'expired' },
  at: string,
): void {
  const why =
    hand.reason === 'declined'
      ? `${deskName(ctx.directory, hand.to)} declined it`
      : `${deskName(ctx.directory, hand.to)} did not accept it within ${ctx.options.ackWindowMinutes / 60} hours`;
  const body = [
    `Your hand-off of ${ticket.id} returned to you: ${why}. The ticket stays with you; please answer the learner or hand it off again.`,
    ticketDetails(ctx.directory, ticket),
    replyAnswersLearner(ctx, ticket, hand.from),
  ].join('\n\n');
  toDesk(ctx, hand.from, ticket, at, body);
}
