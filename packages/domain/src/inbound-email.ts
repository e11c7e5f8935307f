/**
 * Replies by e-mail, as the SMTP listener and the e-mail bridge (`POST /desk/inbound-email`) hand
 * them over, in this order: on the bridge, a realtime desk's key → 403; an e-mail already received
 * with this Message-ID → its first answer again; an automatic reply → ignored, whoever sent it and
 * whatever it carries, so nothing ever answers one (a loop); on the bridge, a sender other than
 * the key's desk → 403; the reply tag — in the address the e-mail was sent to (`reply+…@opin.fi`),
 * or else in its subject — → 400 without one, 404 when it was made for no party of the ticket it
 * names (or, on the bridge, not for the key's desk); a desk's reply from another address → 403;
 * anything else is the party's reply: the desk's (`./desk-email-reply.ts`) or the learner's
 * (`./learner-email-reply.ts`).
 * @internal
 */
import type { InboundEmailHeaders } from '@opin/support-sdk/schemas';
import { changeTicket, withRecords } from './change-ticket.js';
import { applyDeskReply, assertFromDesk } from './desk-email-reply.js';
import type { DomainEnv } from './domain-env.js';
import { emailAddressOf } from './directory.js';
import { isAutomaticReply } from './email/auto-reply.js';
import {
  partyOfTag,
  tagInAddress,
  tagInSubject,
  type ReplyParty,
  type ReplyTag,
} from './email/reply-tag.js';
import {
  earlierOutcome,
  rememberOutcome,
  type InboundOutcome,
} from './email/inbound-message-ids.js';
import { forbidden, notFound, validationFailed } from './errors.js';
import { applyLearnerEmail } from './learner-email-reply.js';
import { deskView } from './views.js';

/** A validated inbound e-mail. */
export interface InboundEmail {
  /** The address it was sent to: a reply address carries the reply tag. */
  to?: string | undefined;
  from: string;
  subject: string;
  body: string;
  messageId?: string | undefined;
  headers?: InboundEmailHeaders | undefined;
}

/** What an inbound e-mail came to, and whether this answer repeats an earlier one. */
export interface InboundResult {
  outcome: InboundOutcome;
  /** Who the reply was from (the party its tag was made for); unknown for an ignored one. */
  party: ReplyParty | undefined;
  replayed: boolean;
}

/** The reply tag an e-mail carries: in the address it was sent to, or else in its subject. */
function replyTagIn(email: InboundEmail): ReplyTag | undefined {
  return (
    (email.to === undefined ? undefined : tagInAddress(email.to)) ?? tagInSubject(email.subject)
  );
}

/** A reply's tag, if it carries one, and the party it was made for, if any: read once. */
interface Tagged {
  tag: ReplyTag | undefined;
  party: ReplyParty | undefined;
}

function readTag(env: DomainEnv, email: InboundEmail): Tagged {
  const tag = replyTagIn(email);
  return { tag, party: tag && partyOfTag(env.replyKey, env.directory, tag) };
}

function noSuchTicket(): never {
  throw notFound(
    'No ticket matches the reply tag of this e-mail; this reply was NOT added to any ticket.',
  );
}

/** On the bridge, the key's desk must be an e-mail desk (403). */
function assertBridgeDesk(env: DomainEnv, desk: string): void {
  if (emailAddressOf(env.directory.requireDesk(desk)) === undefined) {
    throw forbidden(`${desk} is connected in real time, not by e-mail; use the desk endpoints.`);
  }
}

/**
 * The party a reply is from: the one its tag was made for (and on the bridge, the key's desk).
 * A desk's reply must come from the desk's address.
 */
function senderOf(
  env: DomainEnv,
  email: InboundEmail,
  bridgeDesk: string | undefined,
  { tag, party }: Tagged,
): { tag: ReplyTag; party: ReplyParty } {
  if (bridgeDesk !== undefined) {
    assertFromDesk(bridgeDesk, emailAddressOf(env.directory.requireDesk(bridgeDesk)) ?? '', email);
  }
  if (tag === undefined) {
    throw validationFailed(
      'The e-mail was not sent to a reply address (reply+OPIN-482019375568.k7m2q9x4w8p3r6t1@opin.fi) and its subject carries no reply tag like [OPIN-482019375568 #k7m2q9x4w8p3r6t1]: reply to the e-mail about the ticket.',
      ['subject'],
    );
  }
  if (party === undefined) noSuchTicket();
  if (bridgeDesk !== undefined && (party.kind !== 'desk' || party.desk !== bridgeDesk)) {
    noSuchTicket();
  }
  if (party.kind === 'desk') {
    assertFromDesk(party.desk, emailAddressOf(env.directory.requireDesk(party.desk)) ?? '', email);
  }
  return { tag, party };
}

/** The key a Message-ID is remembered under: the desk, or the learner of the ticket. */
function recordKeyOf(party: ReplyParty, tag: ReplyTag): string {
  return party.kind === 'desk' ? party.desk : `learner ${tag.reference}`;
}

/**
 * Receives a reply by e-mail: over SMTP (`bridgeDesk` undefined) from whichever party its tag was
 * made for, or on the bridge from the desk of its key. A repeat is looked for again inside the
 * change that applies the reply, so two copies of one e-mail arriving together apply once.
 */
export async function receiveEmail(
  env: DomainEnv,
  email: InboundEmail,
  bridgeDesk?: string,
): Promise<InboundResult> {
  if (bridgeDesk !== undefined) assertBridgeDesk(env, bridgeDesk);
  const tagged = readTag(env, email);
  const { tag, party } = tagged;
  const key = bridgeDesk ?? (tag && party && recordKeyOf(party, tag));
  const answered = await withRecords(env, (ctx) => {
    const earlier = key === undefined ? undefined : earlierOutcome(ctx, key, email);
    if (earlier) return { outcome: earlier, party, replayed: true };
    if (!isAutomaticReply(email)) return undefined;
    const outcome: InboundOutcome = { kind: 'ignored', reason: 'auto_reply' };
    if (key !== undefined) rememberOutcome(ctx, key, email, outcome);
    return { outcome, party, replayed: false };
  });
  if (answered) return answered;
  const sender = senderOf(env, email, bridgeDesk, tagged);
  const senderKey = recordKeyOf(sender.party, sender.tag);
  if (!(await env.tickets.find(sender.tag.reference))) noSuchTicket();
  return changeTicket(env, sender.tag.reference, (ctx, ticket): InboundResult => {
    const earlier = earlierOutcome(ctx, senderKey, email);
    if (earlier) return { outcome: earlier, party: sender.party, replayed: true };
    if (sender.party.kind === 'desk') applyDeskReply(ctx, ticket, sender.party.desk, email);
    else applyLearnerEmail(ctx, ticket, email);
    const outcome: InboundOutcome = { kind: 'applied', ticket: deskView(ctx.directory, ticket) };
    rememberOutcome(ctx, senderKey, email, outcome);
    return { outcome, party: sender.party, replayed: false };
  });
}
