/**
 * The mock control endpoints, `/_mock/*` (mock-only, not part of the contract): the outbox, the
 * clock, reset and stats; and the same controls in process, for `createMockApi()`.
 * @internal
 */
import { clockRequestSchema, type MockStats } from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../domain/context.js';
import { runSweeps } from '../domain/sweeps.js';
import { readBody, readJsonBody } from '../http/body.js';
import type { HttpContext } from '../http/context.js';
import { json, noContent } from '../http/respond.js';
import { route } from '../http/route.js';
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

/** `GET /_mock/outbox` (`?to=` and `?ticketId=` filter), `/_mock/clock`, `/_mock/reset`, `/_mock/stats`. */
export function mockControlHandlers(ctx: HttpContext): HttpHandler[] {
  const base = `${ctx.options.basePath}/_mock`;
  return [
    http.get(
      `${base}/outbox`,
      route(ctx, ({ request }) => {
        const query = new URL(request.url).searchParams;
        const to = query.get('to')?.toLowerCase();
        const ticketId = query.get('ticketId');
        const emails = ctx.store.outbox.filter(
          (email) =>
            (to === undefined || email.to.toLowerCase() === to) &&
            (ticketId === null || email.ticketId === ticketId),
        );
        return json(emails);
      }),
    ),
    http.get(
      `${base}/clock`,
      route(ctx, () => json({ now: ctx.clock.nowIso(), offsetMinutes: ctx.clock.offsetMinutes })),
    ),
    http.post(
      `${base}/clock`,
      route(ctx, async ({ request }) => {
        const { advanceMinutes } = await readBody(request, clockRequestSchema);
        advanceMockClock(ctx, advanceMinutes);
        return noContent();
      }),
    ),
    http.post(
      `${base}/reset`,
      route(ctx, async ({ request }) => {
        await readJsonBody(request, { optional: true });
        resetMock(ctx);
        return noContent();
      }),
    ),
    http.get(
      `${base}/stats`,
      route(ctx, () => json(mockStats(ctx))),
    ),
  ];
}
