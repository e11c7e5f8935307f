/**
 * Desk endpoints (Bearer desk key): the queue, one ticket, hand-offs, messages, status and the
 * inbound e-mail bridge. Every answer is the desk view of the ticket. Which desk may do what is the
 * domain's rule (`domain/desk-access.ts`); these handlers only translate HTTP to it and back.
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
import type { MockContext } from '../domain/context.js';
import { assertMayRead, inQueueOf } from '../domain/desk-access.js';
import { addDeskMessage } from '../domain/desk-messages.js';
import { notFound } from '../domain/errors.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../domain/handoffs.js';
import { receiveDeskEmail } from '../domain/inbound-email.js';
import { changeStatusByOwner } from '../domain/lifecycle.js';
import { deskView } from '../domain/views.js';
import { authorizeDesk } from '../http/auth.js';
import { readBody, readJsonBody } from '../http/body.js';
import { pageHeaders, pageOf, pageRequest } from '../http/paging.js';
import { json } from '../http/respond.js';
import { param, route, type RouteInfo } from '../http/route.js';

const queryOf = (request: Request) => new URL(request.url).searchParams;

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
        // The queue in the order tickets were filed (the store only appends); a page of it.
        const desk = authorizeDesk(request);
        const page = pageOf(
          [...ctx.store.tickets.values()],
          (ticket) => inQueueOf(ticket, desk),
          (ticket) => ticket.id,
          pageRequest(queryOf(request)),
        );
        return json(page.items.map(deskView), 200, pageHeaders(page));
      }),
    ),
    http.get(
      `${base}/tickets/:id`,
      route(ctx, (info) => {
        const { desk, ticket } = deskAndTicket(info);
        assertMayRead(ticket, desk);
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
        changeStatusByOwner(ctx, ticket, desk, status, ctx.clock.nowIso());
        return json(deskView(ticket));
      }),
    ),
    http.post(
      `${base}/inbound-email`,
      route(ctx, async ({ request }) => {
        const desk = authorizeDesk(request);
        const email = await readBody(request, inboundEmailRequestSchema);
        const { outcome, replayed } = receiveDeskEmail(ctx, desk, email);
        const headers: Record<string, string> = replayed ? { 'Idempotent-Replayed': 'true' } : {};
        return outcome.kind === 'applied'
          ? json(outcome.ticket, 200, headers)
          : json({ ignored: outcome.reason }, 202, headers);
      }),
    ),
  ];
}
