/**
 * The mock control endpoints, `/_mock/*` (mock-only, not part of the contract): the outbox, the
 * clock, reset and stats, for the mock's own origin and clients outside a browser (no CORS); and
 * the same controls in process, for `createMockApi()`.
 * @internal
 */
import { clockRequestSchema, type MockStats } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import { MAX_CLOCK_OFFSET_MINUTES } from '../clock.js';
import type { MockContext } from '../domain/context.js';
import { type MockApiError, validationFailed } from '../domain/errors.js';
import { runSweeps } from '../domain/sweeps.js';
import { readBody, readJsonBody } from '../http/body.js';
import type { HttpContext } from '../http/context.js';
import { withoutCors } from '../http/cors.js';
import { errorResponse } from '../http/errors.js';
import { pageHeaders, pageOf, pageRequest } from '../http/paging.js';
import { baseLocation, isUnderBase } from '../http/request-target.js';
import { json, noContent } from '../http/respond.js';
import { route, type RouteHandler, type RouteInfo } from '../http/route.js';
import { desks } from '../seed/index.js';

/**
 * Back to the seed: the domain's store (no tickets, e-mails or feedback; open event streams end)
 * and the HTTP state (no Idempotency-Keys or rate-limit counters); the clock back to real time.
 */
export function resetMock(ctx: HttpContext): void {
  ctx.store.reset();
  ctx.http.reset();
  ctx.clock.reset();
}

/** Moves the server clock and applies what became due. */
export function advanceMockClock(ctx: MockContext, minutes: number): void {
  ctx.clock.advance(minutes);
  runSweeps(ctx);
}

/** How many tickets are stored, per owning desk (every desk listed, zeros included). */
export function mockStats(ctx: MockContext): MockStats {
  const ticketsByDesk: Record<string, number> = Object.fromEntries(desks.map((d) => [d.id, 0]));
  for (const ticket of ctx.store.tickets.values()) {
    ticketsByDesk[ticket.owner] = (ticketsByDesk[ticket.owner] ?? 0) + 1;
  }
  return { tickets: ctx.store.tickets.size, ticketsByDesk };
}

/** Whether the request is for one of the mock's own endpoints, `<base>/_mock/*`. */
export function isMockControlPath(ctx: MockContext, request: Request): boolean {
  const prefix = `${baseLocation(ctx.options.basePath).pathname}/_mock`;
  const { pathname } = new URL(request.url);
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * Whether a browser sent the request from another origin: its `Origin` is not the request's
 * own, or its `Sec-Fetch-Site` says so. Requests from outside a browser carry neither.
 */
function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(request.url).origin) return true;
  const site = request.headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}

/** 403 `forbidden` for a request to `/_mock/*` from another origin. */
export function crossOriginRefused(): Response {
  return errorResponse(
    403,
    'forbidden',
    'The mock control endpoints answer only requests from their own origin.',
  );
}

/**
 * Wraps a control endpoint: a browser on another origin is refused (403) before anything
 * happens, and no answer carries CORS headers, so no other origin can read it either.
 */
function sameOriginOnly(ctx: HttpContext, handler: RouteHandler) {
  const answer = route(ctx, handler);
  return async (info: RouteInfo): Promise<Response | undefined> => {
    if (isCrossOrigin(info.request) && isUnderBase(ctx.options.basePath, info.request)) {
      return withoutCors(crossOriginRefused());
    }
    const response = await answer(info);
    return response && withoutCors(response);
  };
}

/** 400 for a clock move that would take the clock too far ahead (dates would overflow). */
function clockTooFar(): MockApiError {
  return validationFailed(
    `The clock moves at most ${MAX_CLOCK_OFFSET_MINUTES} minutes (100 years) ahead of real time in all; reset it first.`,
    ['advanceMinutes'],
  );
}

/**
 * `GET /_mock/outbox` (`?to=` and `?ticketId=` filter; paged like the desk queue,
 * `../http/paging.ts`), `/_mock/clock`, `/_mock/reset`, `/_mock/stats`: for the mock's own origin
 * and clients outside a browser only.
 */
export function mockControlHandlers(ctx: HttpContext): HttpHandler[] {
  const base = `${ctx.options.basePath}/_mock`;
  const control = (handler: RouteHandler) => sameOriginOnly(ctx, handler);
  return [
    http.get(
      `${base}/outbox`,
      control(({ request }) => {
        const query = new URL(request.url).searchParams;
        const to = query.get('to')?.toLowerCase();
        const ticketId = query.get('ticketId');
        // Oldest first (the outbox only appends); a page of the e-mails that pass the filters.
        const page = pageOf(
          ctx.store.outbox,
          (email) =>
            (to === undefined || email.to.toLowerCase() === to) &&
            (ticketId === null || email.ticketId === ticketId),
          (email) => email.id,
          pageRequest(query),
        );
        return json(page.items, 200, pageHeaders(page));
      }),
    ),
    http.get(
      `${base}/clock`,
      control(() => json({ now: ctx.clock.nowIso(), offsetMinutes: ctx.clock.offsetMinutes })),
    ),
    http.post(
      `${base}/clock`,
      control(async ({ request }) => {
        const { advanceMinutes } = await readBody(request, clockRequestSchema);
        if (!ctx.clock.canAdvance(advanceMinutes)) throw clockTooFar();
        advanceMockClock(ctx, advanceMinutes);
        return noContent();
      }),
    ),
    http.post(
      `${base}/reset`,
      control(async ({ request }) => {
        await readJsonBody(request, { optional: true });
        resetMock(ctx);
        return noContent();
      }),
    ),
    http.get(
      `${base}/stats`,
      control(() => json(mockStats(ctx))),
    ),
  ];
}
