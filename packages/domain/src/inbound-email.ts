/**
 * The inbound e-mail bridge (`POST /desk/inbound-email`), in this order: a realtime desk's key →
 * 403; an e-mail already received with this Message-ID → its first answer again; an automatic
 * reply → ignored, whoever sent it and whatever its subject, so a bridge never bounces one (a loop);
 * anything else is the desk's reply (`./desk-email-reply.ts`).
 * @internal
 */
import type { InboundEmailHeaders } from '@opin/support-sdk/schemas';
import { changeTicket, withRecords } from './change-ticket.js';
import { applyDeskReply, replyTagFor } from './desk-email-reply.js';
import type { DomainEnv } from './domain-env.js';
import { emailAddressOf } from './directory.js';
import { isAutomaticReply } from './email/auto-reply.js';
import { assertReplyToken } from './email/reply-token.js';
import {
  earlierOutcome,
  rememberOutcome,
  type InboundOutcome,
} from './email/inbound-message-ids.js';
import { forbidden } from './errors.js';
import { deskView } from './views.js';

/** A validated inbound e-mail. */
export interface InboundEmail {
  from: string;
  subject: string;
  body: string;
  messageId?: string | undefined;
  headers?: InboundEmailHeaders | undefined;
}

/** What an inbound e-mail came to, and whether this answer repeats an earlier one. */
export interface InboundResult {
  outcome: InboundOutcome;
  replayed: boolean;
}

/**
 * Receives an e-mail from a desk's mailbox. A repeat is looked for again inside the change that
 * applies the reply, so two copies of one e-mail arriving together apply once.
 */
export async function receiveDeskEmail(
  env: DomainEnv,
  desk: string,
  email: InboundEmail,
): Promise<InboundResult> {
  const deskEmail = emailAddressOf(env.directory.requireDesk(desk));
  if (deskEmail === undefined) {
    throw forbidden(`${desk} is connected in real time, not by e-mail; use the desk endpoints.`);
  }
  const answered = await withRecords(env, (ctx) => {
    const earlier = earlierOutcome(ctx, desk, email);
    if (earlier) return { outcome: earlier, replayed: true };
    if (!isAutomaticReply(email)) return undefined;
    const outcome: InboundOutcome = { kind: 'ignored', reason: 'auto_reply' };
    rememberOutcome(ctx, desk, email, outcome);
    return { outcome, replayed: false };
  });
  if (answered) return answered;
  const tag = replyTagFor(desk, deskEmail, email);
  assertReplyToken(await env.tickets.find(tag.reference), desk, tag);
  return changeTicket(env, tag.reference, (ctx, ticket): InboundResult => {
    const earlier = earlierOutcome(ctx, desk, email);
    if (earlier) return { outcome: earlier, replayed: true };
    applyDeskReply(ctx, ticket, desk, tag, email);
    const outcome: InboundOutcome = { kind: 'applied', ticket: deskView(ctx.directory, ticket) };
    rememberOutcome(ctx, desk, email, outcome);
    return { outcome, replayed: false };
  });
}
