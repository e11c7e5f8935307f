/**
 * Desk endpoints of the webhook delivery log (docs/design/realtime.md, "Delivery log and replay"):
 * `GET /desk/webhook/deliveries` (a page, newest first; `?state=`, `?ticketId=`),
 * `POST /desk/webhook/deliveries/{id}/replay` and `POST /desk/webhook/replay`. The log itself is
 * the host's (`ApiContext.webhookDeliveries`).
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import {
  webhookDeliveriesQuerySchema,
  webhookReplayRequestSchema,
} from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import { authorizeDesk } from '../http/auth.js';
import { readBody, readJsonBody, readQuery } from '../http/body.js';
import { pageHeaders, pageRequest } from '../http/paging.js';
import { json } from '../http/respond.js';
import { param, route } from '../http/route.js';

/** The delivery log's endpoints. */
export function webhookDeliveryHandlers(ctx: ApiContext): HttpHandler[] {
  const base = `${ctx.options.basePath}/desk/webhook`;
  return [
    http.get(
      `${base}/deliveries`,
      route(ctx, async ({ request }) => {
        const desk = await authorizeDesk(ctx, request);
        const filter = readQuery(request, webhookDeliveriesQuerySchema);
        const paging = pageRequest(new URL(request.url).searchParams);
        const page = await ctx.webhookDeliveries.list(desk, filter, paging);
        return json(page.items, 200, pageHeaders(page));
      }),
    ),
    http.post(
      `${base}/deliveries/:id/replay`,
      route(ctx, async ({ request, params }) => {
        const desk = await authorizeDesk(ctx, request);
        await readJsonBody(request, { optional: true });
        return json(await ctx.webhookDeliveries.replay(desk, param(params, 'id')), 202);
      }),
    ),
    http.post(
      `${base}/replay`,
      route(ctx, async ({ request }) => {
        const desk = await authorizeDesk(ctx, request);
        const { since } = await readBody(request, webhookReplayRequestSchema);
        return json({ replayed: await ctx.webhookDeliveries.replayFailed(desk, since) }, 202);
      }),
    ),
  ];
}
