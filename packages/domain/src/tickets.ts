/**
 * Filing a ticket and the learner's own actions on it.
 * @internal
 */
import type { Contact, Locale, Message } from '@opin/support-sdk/schemas';
import type { RuleContext } from './rule-context.js';
import type { DomainEnv } from './domain-env.js';
import { ruleContext } from './change-ticket.js';
import type { Directory } from './directory.js';
import { forwardLearnerMessage, sendNewTicketEmail } from './email/to-desk.js';
import { sendCreatedEmail } from './email/to-learner.js';
import { applyLearnerMessageToStatus, assertRoomForMessage } from './lifecycle.js';
import type { StoredTicket } from './model.js';
import { planAtFiling } from './plan.js';
import { previewRoute, type RouteDecision } from './routing.js';
import { addEvent, commit } from './ticket-edits.js';
import { hashToken, newAccessToken } from './token.js';

/** A validated `POST /tickets` body (the honeypot already removed). */
export interface NewTicketInput {
  topicId: string;
  institutionId?: string | undefined;
  origin: string;
  language: Locale;
  subject: string;
  description: string;
  contact: Contact;
}

/**
 * A new ticket whose ids were checked, with the routing rule's advice: the route is worked out
 * once, before anything is stored, and its advice and plan go on the ticket, from which the
 * learner's e-mail is written.
 */
export interface PlannedTicket {
  input: NewTicketInput;
  route: RouteDecision;
}

/** A stored ticket and the token that opens it (returned once, never stored). */
export interface FiledTicket {
  ticket: StoredTicket;
  accessToken: string;
}

/** Checks the ids and plans the route; unknown ids → 400 `validation_failed`. */
export function planTicket(directory: Directory, input: NewTicketInput): PlannedTicket {
  return { input, route: previewRoute(directory, input) };
}

/** Builds a new ticket without storing it; the routing rule's advice goes on the ticket. */
export function buildTicket(
  ctx: RuleContext,
  { input, route }: PlannedTicket,
  ids: { id: string; tokenHash: string },
  at: string,
): StoredTicket {
  const ticket: StoredTicket = {
    id: ids.id,
    version: 1,
    language: input.language,
    topicId: input.topicId,
    institutionId: input.institutionId ?? null,
    origin: input.origin,
    subject: input.subject,
    description: input.description,
    contact: { ...input.contact },
    status: 'received',
    owner: input.origin,
    plan: planAtFiling(route, at),
    assisting: null,
    handoff: null,
    desks: [{ id: input.origin, lastSyncAt: at }],
    timeline: [],
    messages: [],
    internalNotes: [],
    plannedHandoff: route.plannedHandoff,
    createdAt: at,
    updatedAt: at,
    resolvedAt: null,
    tokenHash: ids.tokenHash,
    accessEnded: [],
  };
  addEvent(ctx, ticket, at, { type: 'created', desk: input.origin });
  return ticket;
}

/**
 * Files a ticket: stores it and e-mails the learner (and an e-mail origin desk), in one
 * transaction.
 */
export async function fileTicket(env: DomainEnv, planned: PlannedTicket): Promise<FiledTicket> {
  const accessToken = newAccessToken();
  const tokenHash = await hashToken(accessToken);
  const at = env.clock.nowIso();
  const ticket = await env.tickets.file((records) => {
    const ctx = ruleContext(env, records);
    const built = buildTicket(ctx, planned, { id: records.newTicketId(), tokenHash }, at);
    sendCreatedEmail(ctx, built, at);
    if (ctx.directory.requireDesk(built.owner).integration === 'email')
      sendNewTicketEmail(ctx, built, at);
    return built;
  });
  return { ticket, accessToken };
}

/**
 * The learner writes: reopens a resolved ticket, answers a question; forwarded to an e-mail owner.
 * Returns the message as stored.
 */
export function addLearnerMessage(ctx: RuleContext, ticket: StoredTicket, body: string): Message {
  assertRoomForMessage(ctx, ticket);
  const at = ctx.clock.nowIso();
  applyLearnerMessageToStatus(ctx, ticket, at);
  const message: Message = {
    id: ctx.records.nextId('msg'),
    at,
    author: { kind: 'learner' },
    body,
    language: ticket.language,
  };
  ticket.messages.push(message);
  addEvent(ctx, ticket, at, { type: 'message' });
  forwardLearnerMessage(ctx, ticket, body, at);
  commit(ticket, at);
  return message;
}
