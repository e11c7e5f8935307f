/**
 * `GET /desk/events` (desk key): the calling desk's event log as Server-Sent Events
 * (docs/design/realtime.md, section 3; api.md, "Desk events"): `event: <type>`, `id: <seq>`,
 * `data: <event JSON>`, resumable with `Last-Event-ID`, `event: ready` first without one and
 * `event: reset` first for a seq the log cannot continue from, and a heartbeat comment every
 * `heartbeatMs`. Streams per desk and per client address are capped (`../http/stream-slots.ts`);
 * the key is checked first, so a refusal (429) reveals nothing to a caller without one. The mock's
 * reset ends the open streams (`../http/open-streams.ts`).
 * @internal
 */
import { http, type HttpHandler } from 'msw';
import type { ApiContext } from '../api-context.js';
import { authorizeDesk } from '../http/auth.js';
import { clientKey } from '../http/client-key.js';
import { corsHeaders } from '../http/cors.js';
import { openDeskEventStream } from '../http/desk-event-stream.js';
import { route } from '../http/route.js';

/** `GET /desk/events`. */
export function deskEventsHandler(ctx: ApiContext): HttpHandler {
  return http.get(
    `${ctx.options.basePath}/desk/events`,
    route(ctx, async ({ request }) => {
      const desk = await authorizeDesk(ctx, request);
      const release = ctx.http.streamSlots.takeForDesk(ctx.options, desk, clientKey(ctx, request));
      let forget = (): void => undefined;
      const stream = await openDeskEventStream(
        ctx,
        desk,
        request.headers.get('last-event-id'),
        () => {
          release();
          forget();
        },
      );
      forget = ctx.http.deskStreams.add(() => stream.end());
      return new Response(stream.body, {
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
