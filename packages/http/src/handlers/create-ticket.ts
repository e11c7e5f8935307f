/**
 * `POST /tickets`, in the documented order: size → content type → JSON → Idempotency-Key →
 * body schema and ids → idempotent replay → rate limit → honeypot → create.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { createTicketRequestSchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import {
  buildTicket,
  fileTicket,
  learnerView,
  newAccessToken,
  type PlannedTicket,
  planTicket,
  unissuableReference,
  withRecords,
} from '@opin/support-domain';
import { parseWith, readJsonBody } from '../http/body.js';
import { idempotentCreation, readIdempotencyKey } from '../http/idempotency.js';
import type { StoredResponse } from '../http/idempotency-store.js';
import { clientKey } from '../http/client-key.js';
import { takeCreationSlot } from '../http/rate-limit.js';
import { route } from '../http/route.js';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `POST /tickets`. */
export function createTicketHandler(ctx: ApiContext): HttpHandler {
  return http.post(
    `${ctx.options.basePath}/tickets`,
    route(ctx, async ({ request }) => {
      const raw = await readJsonBody(request);
      const key = readIdempotencyKey(request);
      const { website, ...input } = parseWith(createTicketRequestSchema, raw);
      const planned = planTicket(ctx.directory, input);
      const client = clientKey(ctx, request);
      return idempotentCreation(ctx, client, key, { ...input, website }, async () => {
        takeCreationSlot(ctx, ctx.http.rateWindows, client);
        if (website !== undefined && website.trim() !== '') {
          return { response: await honeypotResponse(ctx, planned), remember: false };
        }
        if (ctx.options.latencyMs > 0) await sleep(ctx.options.latencyMs);
        const filed = await fileTicket(ctx, planned);
        const created = {
          ticket: learnerView(ctx.directory, filed.ticket),
          accessToken: filed.accessToken,
        };
        return { response: { status: 201, body: JSON.stringify(created) }, remember: true };
      });
    }),
  );
}

/**
 * A filled honeypot: a plausible 201 for the bot, but nothing is stored or e-mailed, and its
 * reference is one no ticket can ever have (a wrong check digit), so no learner gets it later.
 */
async function honeypotResponse(ctx: ApiContext, planned: PlannedTicket): Promise<StoredResponse> {
  const at = ctx.clock.nowIso();
  const ids = { id: unissuableReference(), tokenHash: '' };
  const ticket = await withRecords(ctx, (rules) => buildTicket(rules, planned, ids, at));
  const created = { ticket: learnerView(ctx.directory, ticket), accessToken: newAccessToken() };
  return { status: 201, body: JSON.stringify(created) };
}
