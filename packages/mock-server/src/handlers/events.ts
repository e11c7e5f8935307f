/**
 * `GET /tickets/{id}/events`: Server-Sent Events. First the current ticket (unless
 * `Last-Event-ID` already has its version), then one `ticket` frame per change, in order, and a
 * heartbeat comment every `heartbeatMs`. Cancelling the stream unsubscribes and stops the timer.
 * @internal
 */
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../domain/context.js';
import type { StoredTicket } from '../domain/model.js';
import { learnerView } from '../domain/views.js';
import { authorizeLearner } from '../http/auth.js';
import { corsHeaders } from '../http/cors.js';
import { param, route } from '../http/route.js';

/** One SSE frame carrying the learner view of the ticket. */
export function ticketFrame(ticket: StoredTicket): string {
  return `event: ticket\nid: ${ticket.version}\ndata: ${JSON.stringify(learnerView(ticket))}\n\n`;
}

function lastEventId(request: Request): number {
  const value = request.headers.get('last-event-id')?.trim() ?? '';
  return /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/** The event stream of one ticket. */
export function ticketEventStream(ctx: MockContext, ticket: StoredTicket, lastSeen: number) {
  const encoder = new TextEncoder();
  let stop = (): void => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = lastSeen;
      let open = true;
      const push = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (changed: StoredTicket) => {
        if (changed.version <= sent) return;
        sent = changed.version;
        push(ticketFrame(changed));
      };
      send(ticket);
      const unsubscribe = ctx.store.subscribe(ticket.id, {
        changed: send,
        ended: () => {
          stop();
          controller.close();
        },
      });
      const timer = setInterval(() => push(': heartbeat\n\n'), ctx.options.heartbeatMs);
      stop = () => {
        open = false;
        clearInterval(timer);
        unsubscribe();
      };
    },
    cancel() {
      stop();
    },
  });
}

/** `GET /tickets/{id}/events`. */
export function eventsHandler(ctx: MockContext): HttpHandler {
  return http.get(
    `${ctx.options.basePath}/tickets/:id/events`,
    route(ctx, async ({ request, params }) => {
      const ticket = await authorizeLearner(ctx, request, param(params, 'id'));
      return new Response(ticketEventStream(ctx, ticket, lastEventId(request)), {
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
