/**
 * Desk endpoints (Bearer desk key): the queue, one ticket, hand-offs, messages, status and the
 * inbound e-mail bridge. Every answer is the desk view of the ticket. Which desk may do what is the
 * domain's rule (`@opin/support-domain`, `desk-access.ts`), run in one change of the ticket
 * (`changeTicket`); these handlers only translate HTTP to it and back.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import {
  declineRequestSchema,
  deskMessageRequestSchema,
  handoffRequestSchema,
  inboundEmailRequestSchema,
  statusRequestSchema,
} from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import {
  acceptHandoff,
  addDeskMessage,
  assertMayRead,
  changeStatusByOwner,
  changeTicket,
  declineHandoff,
  deskView,
  notFound,
  receiveEmail,
  requestHandoff,
  type Rule,
} from '@opin/support-domain';
import { authorizeDesk } from '../http/auth.js';
import { readBody, readJsonBody } from '../http/body.js';
import { pageHeaders, pageRequest } from '../http/paging.js';
import { json } from '../http/respond.js';
import { param, route, type RouteInfo } from '../http/route.js';

const queryOf = (request: Request) => new URL(request.url).searchParams;

/** Desk endpoints. */
export function deskHandlers(ctx: ApiContext): HttpHandler[] {
  const base = `${ctx.options.basePath}/desk`;

  /** The calling desk and the ticket of the path, as stored (401 / 404 first). */
  const deskAndTicket = async ({ request, params }: RouteInfo) => {
    const desk = await authorizeDesk(ctx, request);
    const ticket = await ctx.tickets.find(param(params, 'id'));
    if (!ticket) throw notFound('No such ticket.');
    return { desk, id: ticket.id, ticket };
  };

  /** Runs `rule` on the ticket in one change and answers its desk view as saved. */
  const answer = async (id: string, rule: Rule<void>) =>
    json(
      await changeTicket(ctx, id, (rules, ticket) => {
        rule(rules, ticket);
        return deskView(ctx.directory, ticket);
      }),
    );

  return [
    http.get(
      `${base}/queue`,
      route(ctx, async ({ request }) => {
        // The queue in the order tickets were filed (the repository only appends); a page of it.
        const desk = await authorizeDesk(ctx, request);
        const page = await ctx.tickets.queue(desk, pageRequest(queryOf(request)));
        return json(
          page.items.map((ticket) => deskView(ctx.directory, ticket)),
          200,
          pageHeaders(page),
        );
      }),
    ),
    http.get(
      `${base}/tickets/:id`,
      route(ctx, async (info) => {
        const { desk, ticket } = await deskAndTicket(info);
        assertMayRead(ticket, desk);
        return json(deskView(ctx.directory, ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs`,
      route(ctx, async (info) => {
        const { desk, id } = await deskAndTicket(info);
        const input = await readBody(info.request, handoffRequestSchema);
        return answer(id, (rules, ticket) =>
          requestHandoff(rules, ticket, desk, input, rules.clock.nowIso()),
        );
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs/accept`,
      route(ctx, async (info) => {
        const { desk, id } = await deskAndTicket(info);
        await readJsonBody(info.request, { optional: true });
        return answer(id, (rules, ticket) =>
          acceptHandoff(rules, ticket, desk, rules.clock.nowIso()),
        );
      }),
    ),
    http.post(
      `${base}/tickets/:id/handoffs/decline`,
      route(ctx, async (info) => {
        const { desk, id } = await deskAndTicket(info);
        const { reason } = await readBody(info.request, declineRequestSchema, { optional: true });
        return answer(id, (rules, ticket) =>
          declineHandoff(rules, ticket, desk, reason, rules.clock.nowIso()),
        );
      }),
    ),
    http.post(
      `${base}/tickets/:id/messages`,
      route(ctx, async (info) => {
        const { desk, id } = await deskAndTicket(info);
        const input = await readBody(info.request, deskMessageRequestSchema);
        return answer(id, (rules, ticket) =>
          addDeskMessage(rules, ticket, desk, input, rules.clock.nowIso()),
        );
      }),
    ),
    http.post(
      `${base}/tickets/:id/status`,
      route(ctx, async (info) => {
        const { desk, id } = await deskAndTicket(info);
        const { status } = await readBody(info.request, statusRequestSchema);
        return answer(id, (rules, ticket) =>
          changeStatusByOwner(rules, ticket, desk, status, rules.clock.nowIso()),
        );
      }),
    ),
    http.post(
      `${base}/inbound-email`,
      route(ctx, async ({ request }) => {
        const desk = await authorizeDesk(ctx, request);
        const email = await readBody(request, inboundEmailRequestSchema);
        const { outcome, replayed } = await receiveEmail(ctx, email, desk);
        const headers: Record<string, string> = replayed ? { 'Idempotent-Replayed': 'true' } : {};
        return outcome.kind === 'applied'
          ? json(outcome.ticket, 200, headers)
          : json({ ignored: outcome.reason }, 202, headers);
      }),
    ),
  ];
}
