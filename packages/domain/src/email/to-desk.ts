/**
 * E-mails to desks with `email` integration: hand-offs, new tickets, learner messages, and its own
 * hand-offs returned, answered (a consult) or taken (a transfer). Their replies come back to the desk's reply address on the ticket, or with the same
 * tag in the subject, `[OPIN-482019375568 #<tag>]` (`./reply-tag.ts`). Each is written in the desk's
 * working language (`./desk-texts.ts`), the learner's own text quoted unchanged, and starts with
 * the marker line above which the desk writes its reply (`./reply-marker.ts`); nothing below it is
 * ever read.
 * @internal
 */
import type { HandoffMode, Locale } from '@opin/support-sdk/schemas';
import type { RuleContext } from '../rule-context.js';
import { emailAddressOf, workingLanguage, type Directory } from '../directory.js';
import type { StoredTicket } from '../model.js';
import { ownerOfTopic } from '../routing.js';
import {
  deskEmailTexts,
  type DeskEmailTexts,
  type DeskTicketFacts,
  type PlanReason,
} from './desk-texts.js';
import { inFinnishTime } from './finnish-time.js';
import { DESK_MAIL_FROM, sendEmail } from './outbox.js';
import { replyMarkerLine } from './reply-marker.js';
import { replyAddress, subjectTag } from './reply-tag.js';

/** Why the plan's desk answers, as the routing rule decided it (`../routing.ts`). */
function planReason(directory: Directory, ticket: StoredTicket): PlanReason {
  const answering = ticket.plan.answeringDesk;
  const topic = directory.findTopic(ticket.topicId);
  if (topic && ownerOfTopic(topic, ticket.institutionId) === answering) return 'ownsTopic';
  return answering === ticket.origin ? 'received' : 'language';
}

/** The ticket's facts for `deskId`, names in `language`. */
function factsFor(
  ctx: RuleContext,
  ticket: StoredTicket,
  deskId: string,
  language: Locale,
): DeskTicketFacts {
  const { directory } = ctx;
  const name = (id: string) => directory.findDesk(id)?.name[language] ?? id;
  return {
    ticketId: ticket.id,
    ticketLanguage: ticket.language,
    topic: directory.findTopic(ticket.topicId)?.title[language] ?? ticket.topicId,
    institution: ticket.institutionId === null ? undefined : name(ticket.institutionId),
    receivedBy: name(ticket.origin),
    learnerName: ticket.contact.name,
    subject: ticket.subject,
    description: ticket.description,
    replyTag: subjectTag(ctx.replyKey, ticket.id, deskId),
    plan: {
      answeringDesk: name(ticket.plan.answeringDesk),
      reason: planReason(directory, ticket),
      expectedBy: inFinnishTime(ticket.plan.expectedBy),
    },
  };
}

/**
 * E-mails `deskId`, if it is an e-mail desk, in its working language: `body` writes what follows
 * the marker line from the ticket's facts.
 */
function toDesk(
  ctx: RuleContext,
  deskId: string,
  ticket: StoredTicket,
  at: string,
  body: (texts: DeskEmailTexts, facts: DeskTicketFacts, name: (id: string) => string) => string,
) {
  const desk = ctx.directory.requireDesk(deskId);
  const address = emailAddressOf(desk);
  if (address === undefined) return;
  const language = workingLanguage(desk);
  const facts = factsFor(ctx, ticket, deskId, language);
  const name = (id: string) => ctx.directory.findDesk(id)?.name[language] ?? id;
  sendEmail(ctx, at, {
    to: address,
    from: DESK_MAIL_FROM,
    replyTo: replyAddress(ctx.replyKey, ticket.id, { kind: 'desk', desk: deskId }),
    subject: `${facts.replyTag} ${ticket.subject}`,
    body: `${replyMarkerLine(language)}\n\n${body(deskEmailTexts[language], facts, name)}`,
    ticketId: ticket.id,
  });
}

/** A hand-off to an e-mail desk: what is asked, by when, the ticket, the note and how to reply. */
export function sendHandoffEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  hand: { from: string; to: string; mode: HandoffMode; note: string | undefined },
  at: string,
): void {
  const windowMinutes = ctx.options.ackWindowMinutes;
  const deadline = inFinnishTime(new Date(Date.parse(at) + windowMinutes * 60_000).toISOString());
  toDesk(ctx, hand.to, ticket, at, (texts, facts, name) =>
    texts.handoff(facts, {
      from: name(hand.from),
      mode: hand.mode,
      note: hand.note,
      deadline,
      windowMinutes,
    }),
  );
}

/** A new ticket received through an e-mail desk's own portal. */
export function sendNewTicketEmail(ctx: RuleContext, ticket: StoredTicket, at: string): void {
  toDesk(ctx, ticket.owner, ticket, at, (texts, facts) => texts.newTicket(facts));
}

/** Forwards a learner's message to the owning e-mail desk. */
export function forwardLearnerMessage(
  ctx: RuleContext,
  ticket: StoredTicket,
  message: string,
  at: string,
): void {
  toDesk(ctx, ticket.owner, ticket, at, (texts, facts) => texts.learnerMessage(facts, message));
}

/**
 * Tells an e-mail desk its own hand-off was taken: the consult's answer (it stays the owner), or
 * the transfer accepted (it need do nothing more).
 */
export function sendHandoffAnsweredEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  hand: { from: string; by: string; mode: HandoffMode; answer: string | undefined },
  at: string,
): void {
  toDesk(ctx, hand.from, ticket, at, (texts, facts, name) =>
    texts.answered(facts, { by: name(hand.by), mode: hand.mode, answer: hand.answer }),
  );
}

/** Tells an e-mail desk its hand-off came back and the ticket stays with it. */
export function sendHandoffReturnedEmail(
  ctx: RuleContext,
  ticket: StoredTicket,
  hand: { from: string; to: string; reason: 'declined' | 'expired' },
  at: string,
): void {
  toDesk(ctx, hand.from, ticket, at, (texts, facts, name) =>
    texts.returned(facts, {
      to: name(hand.to),
      reason: hand.reason,
      windowMinutes: ctx.options.ackWindowMinutes,
    }),
  );
}
