/**
 * The learner's ticket endpoints (Bearer access token): read, write a message, reopen.
 * @internal
 */
import { learnerMessageRequestSchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../domain/context.js';
import { reopenByLearner } from '../domain/lifecycle.js';
import { addLearnerMessage } from '../domain/tickets.js';
import { learnerView } from '../domain/views.js';
import { authorizeLearner } from '../http/auth.js';
import { readBody, readJsonBody } from '../http/body.js';
import { json } from '../http/respond.js';
import { param, route } from '../http/route.js';

/** `GET /tickets/{id}`, `POST /tickets/{id}/messages`, `POST /tickets/{id}/reopen`. */
export function learnerTicketHandlers(ctx: MockContext): HttpHandler[] {
  const base = ctx.options.basePath;
  return [
    http.get(
      `${base}/tickets/:id`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        return json(learnerView(ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/messages`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        const { body } = await readBody(request, learnerMessageRequestSchema);
        addLearnerMessage(ctx, ticket, body);
        return json(learnerView(ticket), 201);
      }),
    ),
    http.post(
      `${base}/tickets/:id/reopen`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        await readJsonBody(request, { optional: true });
        reopenByLearner(ctx, ticket, ctx.clock.nowIso());
        return json(learnerView(ticket));
      }),
    ),
  ];
}
