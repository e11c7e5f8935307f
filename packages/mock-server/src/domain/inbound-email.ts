/**
 * The inbound e-mail bridge (`POST /desk/inbound-email`), in this order: a realtime desk's key →
 * 403; an e-mail already received with this Message-ID → its first answer again; an automatic
 * reply → ignored, whoever sent it and whatever its subject, so a bridge never bounces one (a loop);
 * anything else is the desk's reply (`./desk-email-reply.ts`).
 * @internal
 */
import type { InboundEmailHeaders } from '@opin/support-sdk/schemas';
import type { MockContext } from './context.js';
import { applyDeskReply } from './desk-email-reply.js';
import { emailAddressOf, requireDesk } from './directory.js';
import { isAutomaticReply } from './email/auto-reply.js';
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

/** Receives an e-mail from a desk's mailbox. */
export function receiveDeskEmail(
  ctx: MockContext,
  desk: string,
  email: InboundEmail,
): InboundResult {
  const deskEmail = emailAddressOf(requireDesk(desk));
  if (deskEmail === undefined) {
    throw forbidden(`${desk} is connected in real time, not by e-mail; use the desk endpoints.`);
  }
  const earlier = earlierOutcome(ctx, desk, email);
  if (earlier) return { outcome: earlier, replayed: true };
  const outcome: InboundOutcome = isAutomaticReply(email)
    ? { kind: 'ignored', reason: 'auto_reply' }
    : { kind: 'applied', ticket: deskView(applyDeskReply(ctx, desk, deskEmail, email)) };
  rememberOutcome(ctx, desk, email, outcome);
  return { outcome, replayed: false };
}
