/**
 * The outbox: e-mails the backend would have sent, kept in the records
 * (`../repository/rule-records.ts`); the mock lists them at `GET /_mock/outbox`.
 * @internal
 */
import type { RuleContext } from '../rule-context.js';

/** Sender of e-mails to learners; replies to it go nowhere. */
export const LEARNER_MAIL_FROM = 'no-reply@opin.fi';
/** Sender of e-mails to e-mail desks; their replies come back through the inbound bridge. */
export const DESK_MAIL_FROM = 'handoff@opin.fi';

/** An e-mail to put in the outbox. */
export interface EmailDraft {
  to: string;
  from: string;
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
    subject: draft.subject,
    body: draft.body,
    ticketId: draft.ticketId,
  });
}
