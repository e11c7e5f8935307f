/**
 * The control endpoints, `/_mock/*` (the mock's, and the server's with `--demo`; not part of the
 * contract): the outbox, the clock, reset and stats, for the API's own origin, loopback origins,
 * the origins in `mockControlOrigins` and clients outside a browser; and the same controls in
 * process (`resetApi`, `advanceApiClock`). Served only when the host gives an `ApiControl`.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { clockRequestSchema } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import { MAX_CLOCK_OFFSET_MINUTES } from '../clock.js';
import { type ApiError, runClock, validationFailed } from '@opin/support-domain';
import type { ApiControl } from '../control/api-control.js';
import { readBody, readJsonBody } from '../http/body.js';
import { type ControlAccess, controlAccess } from '../http/control-origin.js';
import { withCorsFor, withoutCors } from '../http/cors.js';
import { errorResponse } from '../http/errors.js';
import { pageHeaders, pageRequest } from '../http/paging.js';
import { baseLocation, isUnderBase } from '../http/request-target.js';
import { json, noContent } from '../http/respond.js';
import { route, type RouteHandler, type RouteInfo } from '../http/route.js';

/**
 * Back to the seed: the storage (`control.reset`: no tickets, e-mails or feedback; open event
 * streams end) and the HTTP state (no Idempotency-Keys or rate-limit counters); the clock back to
 * real time.
 */
export async function resetApi(ctx: ApiContext, control: ApiControl): Promise<void> {
  // All three start at once: over memory, the whole reset has happened when this returns.
  const storage = Promise.all([control.reset(), ctx.http.reset()]);
  ctx.clock.reset();
  await storage;
}

/** Moves the server clock and applies what became due. */
export function advanceApiClock(ctx: ApiContext, minutes: number): Promise<void> {
  ctx.clock.advance(minutes);
  return runClock(ctx);
}

/** The path of the control endpoints, `<base path>/_mock` (`options`: resolved). */
export function controlPathOf(options: { readonly basePath: string }): string {
  return `${baseLocation(options.basePath).pathname}/_mock`;
}

/** Whether the request is for one of the mock's own endpoints, `<base>/_mock/*`. */
export function isMockControlPath(ctx: ApiContext, request: Request): boolean {
  const prefix = controlPathOf(ctx.options);
  const { pathname } = new URL(request.url);
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** 403 `forbidden` (without CORS) for a request to `/_mock/*` from an origin not allowed. */
export function crossOriginRefused(): Response {
  return withoutCors(
    errorResponse(
      403,
      'forbidden',
      'The mock control endpoints answer only their own origin, loopback origins and the origins in mockControlOrigins.',
    ),
  );
}

/** A `/_mock/*` answer: without CORS, or readable by the allowed origin that asked. */
export function controlResponse(response: Response, access: ControlAccess): Response {
  return access.allowed && access.corsOrigin !== undefined
    ? withCorsFor(response, access.corsOrigin)
    : withoutCors(response);
}

/**
 * Wraps a control endpoint: a browser on an origin not allowed (`../http/control-origin.ts`) is
 * refused (403) before anything happens, and only an allowed origin gets CORS headers.
 */
function allowedOriginsOnly(ctx: ApiContext, handler: RouteHandler) {
  const answer = route(ctx, handler);
  return async (info: RouteInfo): Promise<Response | undefined> => {
    if (!isUnderBase(ctx.options.basePath, info.request)) return undefined;
    const access = controlAccess(ctx.options.mockControlOrigins, info.request);
    if (!access.allowed) return crossOriginRefused();
    const response = await answer(info);
    return response && controlResponse(response, access);
  };
}

/** 400 for a clock move that would take the clock too far ahead (dates would overflow). */
function clockTooFar(): ApiError {
  return validationFailed(
    `The clock moves at most ${MAX_CLOCK_OFFSET_MINUTES} minutes (100 years) ahead of real time in all; reset it first.`,
    ['advanceMinutes'],
  );
}

/**
 * `GET /_mock/outbox` (`?to=` and `?ticketId=` filter; paged like the desk queue,
 * `../http/paging.ts`), `/_mock/clock`, `/_mock/reset`, `/_mock/stats`: for the origins
 * `../http/control-origin.ts` allows and clients outside a browser.
 */
export function mockControlHandlers(ctx: ApiContext): HttpHandler[] {
  const apiControl = ctx.control;
  if (!apiControl) return [];
  const base = `${ctx.options.basePath}/_mock`;
  const control = (handler: RouteHandler) => allowedOriginsOnly(ctx, handler);
  return [
    http.get(
      `${base}/outbox`,
      control(async ({ request }) => {
        const query = new URL(request.url).searchParams;
        const to = query.get('to') ?? undefined;
        const ticketId = query.get('ticketId') ?? undefined;
        const page = await apiControl.outbox({ to, ticketId }, pageRequest(query));
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
        await advanceApiClock(ctx, advanceMinutes);
        return noContent();
      }),
    ),
    http.post(
      `${base}/reset`,
      control(async ({ request }) => {
        await readJsonBody(request, { optional: true });
        await resetApi(ctx, apiControl);
        return noContent();
      }),
    ),
    http.get(
      `${base}/stats`,
      control(async () => json(await apiControl.stats(ctx.directory.desks.map((desk) => desk.id)))),
    ),
  ];
}
