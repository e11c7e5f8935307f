/**
 * `GET /tickets/{id}/events`: Server-Sent Events. First the current ticket (unless
 * `Last-Event-ID` already has its version), then one frame per change, in order, and a heartbeat
 * comment every `heartbeatMs`: a whole `ticket` frame, or with `?frames=changes` a small `changes`
 * frame when the change can be one. Every stream of a ticket gets the same bytes, each kind of
 * frame serialised at most once per change (`../http/ticket-feeds.ts`). Cancelling the stream leaves the ticket's feed.
 * Streams per ticket and per client address are capped (`../http/stream-slots.ts`): the credential
 * is checked first, so a refusal (429) reveals nothing to a caller without the token.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { ticketEventsQuerySchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import { authorizeLearner } from '../http/auth.js';
import { corsHeaders } from '../http/cors.js';
import { ticketEventStream } from '../http/event-stream.js';
import { clientKey } from '../http/client-key.js';
import { readQuery } from '../http/body.js';
import { param, route } from '../http/route.js';

function lastEventId(request: Request): number {
  const value = request.headers.get('last-event-id')?.trim() ?? '';
  return /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/** `GET /tickets/{id}/events`. */
export function eventsHandler(ctx: ApiContext): HttpHandler {
  return http.get(
    `${ctx.options.basePath}/tickets/:id/events`,
    route(ctx, async ({ request, params }) => {
      const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
      const { frames = 'ticket' } = readQuery(request, ticketEventsQuerySchema);
      const release = ctx.http.streamSlots.take(ctx.options, ticket.id, clientKey(ctx, request));
      const stream = { lastSeen: lastEventId(request), frames };
      return new Response(ticketEventStream(ctx, ticket, stream, release), {
        status: 200,
        headers: {
          ...corsHeaders,
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache',
        },
      });
    }),
  );
}
