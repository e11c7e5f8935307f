/**
 * The outbox: e-mails the backend would have sent, kept in the records
 * (`../repository/rule-records.ts`); the mock lists them at `GET /_mock/outbox`.
 * @internal
 */
import type { RuleContext } from '../rule-context.js';
import { MAIL_DOMAIN } from './reply-tag.js';

/** Sender of e-mails to learners; their replies go to the reply address (`./reply-tag.ts`). */
export const LEARNER_MAIL_FROM = `tuki@${MAIL_DOMAIN}`;
/**
 * Sender of e-mails to e-mail desks; their replies go to the reply address, or come here with the
 * tag in the subject (`./reply-tag.ts`).
 */
export const DESK_MAIL_FROM = `handoff@${MAIL_DOMAIN}`;

/** An e-mail to put in the outbox. */
export interface EmailDraft {
  to: string;
  from: string;
  /** Where a reply goes: the reply address made for the recipient (`./reply-tag.ts`). */
  replyTo: string;
  subject: string;
  body: string;
  ticketId: string;
}

/** Puts an e-mail in the outbox. */
export function sendEmail(ctx: RuleContext, at: string, draft: EmailDraft): void {
  ctx.records.send({
    id: ctx.records.nextId('mail'),
    at,
    to: draft.to,
    from: draft.from,
    replyTo: draft.replyTo,
    subject: draft.subject,
    body: draft.body,
    ticketId: draft.ticketId,
  });
}
