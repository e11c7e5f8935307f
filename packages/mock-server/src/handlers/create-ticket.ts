/**
 * `POST /tickets`, in the documented order: size → content type → JSON → Idempotency-Key →
 * body schema and ids → idempotent replay → rate limit → honeypot → create.
 * @internal
 */
import { createTicketRequestSchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { resolveRouteInput } from '../domain/routing.js';
import { buildTicket, fileTicket, type NewTicketInput } from '../domain/tickets.js';
import { newAccessToken } from '../domain/token.js';
import { learnerView } from '../domain/views.js';
import { parseWith, readJsonBody } from '../http/body.js';
import { canonicalJson, readIdempotencyKey, replayOrRefuse } from '../http/idempotency.js';
import { clientAddress, takeCreationSlot } from '../http/rate-limit.js';
import { json, jsonText } from '../http/respond.js';
import { route } from '../http/route.js';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `POST /tickets`. */
export function createTicketHandler(ctx: MockContext): HttpHandler {
  return http.post(
    `${ctx.options.basePath}/tickets`,
    route(ctx, async ({ request }) => {
      const raw = await readJsonBody(request);
      const key = readIdempotencyKey(request);
      const { website, ...input } = parseWith(createTicketRequestSchema, raw);
      resolveRouteInput(input);
      const fingerprint = canonicalJson({ ...input, website });

      const replay = replayOrRefuse(ctx, key, fingerprint);
      if (replay) return replay;
      takeCreationSlot(ctx, clientAddress(request));
      if (website !== undefined && website.trim() !== '') return honeypotResponse(ctx, input);

      ctx.store.idempotency.set(key, { state: 'in_flight', fingerprint });
      try {
        if (ctx.options.latencyMs > 0) await sleep(ctx.options.latencyMs);
        const filed = await fileTicket(ctx, input);
        const body = JSON.stringify({
          ticket: learnerView(filed.ticket),
          accessToken: filed.accessToken,
        });
        ctx.store.idempotency.set(key, { state: 'done', fingerprint, status: 201, body });
        return jsonText(body, 201);
      } catch (error) {
        ctx.store.idempotency.delete(key);
        throw error;
      }
    }),
  );
}

/** A filled honeypot: a plausible 201 for the bot, but nothing is stored or e-mailed. */
function honeypotResponse(ctx: MockContext, input: NewTicketInput): Response {
  const at = ctx.clock.nowIso();
  const { ticket } = buildTicket(ctx, input, { id: ctx.store.peekTicketId(), tokenHash: '' }, at);
  return json({ ticket: learnerView(ticket), accessToken: newAccessToken() }, 201);
}
