/**
 * Desk endpoints (Bearer desk key): the queue, one ticket, hand-offs, messages, status and the
 * inbound e-mail bridge. Every answer is the desk view of the ticket.
 * @internal
 */
import {
  declineRequestSchema,
  deskMessageRequestSchema,
  handoffRequestSchema,
  inboundEmailRequestSchema,
  statusRequestSchema,
} from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { addDeskMessage } from '../domain/desk-messages.js';
import { forbidden, notFound } from '../domain/errors.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../domain/handoffs.js';
import { receiveDeskEmail } from '../domain/inbound-email.js';
import { changeStatusByOwner } from '../domain/lifecycle.js';
import type { StoredTicket } from '../domain/model.js';
import { isInvolved } from '../domain/ticket-edits.js';
import { deskView } from '../domain/views.js';
import { authorizeDesk } from '../http/auth.js';
import { readBody, readJsonBody } from '../http/body.js';
import { json } from '../http/respond.js';
import { param, route, type RouteInfo } from '../http/route.js';

/** Whether the ticket belongs in this desk's queue: owned, assisted, or a pending hand-off to it. */
function inQueue(ticket: StoredTicket, desk: string): boolean {
  if (ticket.status === 'closed') return false;
  const pendingToDesk = ticket.handoff?.state === 'pending' && ticket.handoff.to === desk;
  return ticket.owner === desk || ticket.assisting === desk || pendingToDesk;
}

/** Desk endpoints. */
export function deskHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.options.basePath}/desk`;

  /** The calling desk and the ticket of the path (401 / 404 first). */
  const deskAndTicket = ({ request, params }: RouteInfo) => {
    const desk = authorizeDesk(request);
    const ticket = ctx.store.tickets.get(param(params, 'id'));
    if (!ticket) throw notFound('No such ticket.');
    return { desk, ticket };
  };

  return [
    http.get(
      `${base}/queue`,
      route(ctx, ({ request }) => {
        const desk = authorizeDesk(request);
        const queue = [...ctx.store.tickets.values()].filter((ticket) => inQueue(ticket, desk));
        return json(queue.map(deskView));
      }),
    ),
    http.get(
      `${base}/tickets/:id`,
      route(ctx, (info) => {
        const { desk, ticket } = deskAndTicket(info);
        if (!isInvolved(ticket, desk)) throw forbidden(`${desk} is not involved in ${ticket.id}.`);
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs`,
      route(ctx, async (info) => {
        const { desk, ticket } = deskAndTicket(info);
        const input = await readBody(info.request, handoffRequestSchema);
        requestHandoff(ctx, ticket, desk, input, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs/accept`,
      route(ctx, async (info) => {
        const { desk, ticket } = deskAndTicket(info);
        await readJsonBody(info.request, { optional: true });
        acceptHandoff(ctx, ticket, desk, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs/decline`,
      route(ctx, async (info) => {
        const { desk, ticket } = deskAndTicket(info);
        const { reason } = await readBody(info.request, declineRequestSchema, { optional: true });
        declineHandoff(ctx, ticket, desk, reason, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/messages`,
      route(ctx, async (info) => {
        const { desk, ticket } = deskAndTicket(info);
        const input = await readBody(info.request, deskMessageRequestSchema);
        addDeskMessage(ctx, ticket, desk, input, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/status`,
      route(ctx, async (info) => {
        const { desk, ticket } = deskAndTicket(info);
        const { status } = await readBody(info.request, statusRequestSchema);
        if (ticket.owner !== desk) {
          throw forbidden(`Only the owner (${ticket.owner}) changes the status of ${ticket.id}.`);
        }
        changeStatusByOwner(ctx, ticket, desk, status, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/inbound-email`,
      route(ctx, async ({ request }) => {
        const desk = authorizeDesk(request);
        const email = await readBody(request, inboundEmailRequestSchema);
        return json(deskView(receiveDeskEmail(ctx, desk, email)));
      }),
    ),
  ];
}
