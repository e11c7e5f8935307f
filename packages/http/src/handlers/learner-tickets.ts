/**
 * The learner's ticket endpoints (Bearer access token): read, write a message, reopen. Writes are
 * rate-limited per ticket (`learnerWritesPerMinute`), after the credential and body checks, and
 * answer the whole ticket, or with `Prefer: return=minimal` only what they changed
 * (`../http/prefer.ts`).
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { learnerMessageRequestSchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import {
  addLearnerMessage,
  changeTicket,
  learnerView,
  reopenByLearner,
} from '@opin/support-domain';
import { authorizeLearner } from '../http/auth.js';
import { readBody, readJsonBody } from '../http/body.js';
import { takeLearnerWriteSlot } from '../http/rate-limit.js';
import { MINIMAL_APPLIED, prefersMinimal } from '../http/prefer.js';
import { json } from '../http/respond.js';
import { param, route } from '../http/route.js';

/** `GET /tickets/{id}`, `POST /tickets/{id}/messages`, `POST /tickets/{id}/reopen`. */
export function learnerTicketHandlers(ctx: ApiContext): HttpHandler[] {
  const base = ctx.options.basePath;
  return [
    http.get(
      `${base}/tickets/:id`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        return json(learnerView(ctx.directory, ticket));
      }),
    ),
    http.post(
      `${base}/tickets/:id/messages`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        const { body } = await readBody(request, learnerMessageRequestSchema);
        takeLearnerWriteSlot(ctx, ctx.http.writeWindows, ticket.id);
        const saved = await changeTicket(ctx, ticket.id, (rules, loaded) => {
          const message = addLearnerMessage(rules, loaded, body);
          return { version: loaded.version, message, view: learnerView(ctx.directory, loaded) };
        });
        if (prefersMinimal(request)) {
          return json({ version: saved.version, message: saved.message }, 201, MINIMAL_APPLIED);
        }
        return json(saved.view, 201);
      }),
    ),
    http.post(
      `${base}/tickets/:id/reopen`,
      route(ctx, async ({ request, params }) => {
        const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
        await readJsonBody(request, { optional: true });
        takeLearnerWriteSlot(ctx, ctx.http.writeWindows, ticket.id);
        const view = await changeTicket(ctx, ticket.id, (rules, loaded) => {
          reopenByLearner(rules, loaded, rules.clock.nowIso());
          return learnerView(ctx.directory, loaded);
        });
        if (prefersMinimal(request)) {
          return json({ version: view.version, status: view.status }, 200, MINIMAL_APPLIED);
        }
        return json(view);
      }),
    ),
  ];
}
