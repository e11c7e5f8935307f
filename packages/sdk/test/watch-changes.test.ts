/**
 * `watchTicket` asks for `?frames=changes` and rebuilds each version from the last whole ticket and
 * the `changes` frames after it (docs/design/api.md, "The event stream"). A change that does not
 * continue exactly what it holds is never applied: the watch reconnects without `Last-Event-ID`,
 * which starts with a whole ticket. Callers see whole `Ticket`s, as before.
 */
import { describe, expect, it } from 'vitest';
import { createSupportClient, type Message, type Ticket } from '../src/index.js';
import type { TicketChanges } from '../src/schemas/index.js';
import { accessToken, makeTicket } from './support/fixtures.js';
import { ticketFrame, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const events = 'GET /tickets/OPIN-000123/events';
const access = { id: 'OPIN-000123', accessToken };
const fast = { reconnectDelayMs: 10, pollIntervalMs: 10 };
const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 5 } });

const at = '2026-11-25T12:00:00.000Z';
const message = (n: number): Message => ({
  id: `msg-${n}`,
  at,
  author: { kind: 'desk', desk: 'opin' },
  body: `Vastaus ${n}`,
  language: 'fi',
});

/** The ticket after `count` desk messages, at version `count + 1`. */
function ticketWith(count: number, status: Ticket['status'] = 'in_progress'): Ticket {
  const base = makeTicket();
  const messages = Array.from({ length: count }, (_, i) => message(i + 1));
  return {
    ...base,
    version: count + 1,
    status,
    messages,
    timeline: [
      ...base.timeline,
      ...messages.map((m) => ({ id: `e-${m.id}`, at, type: 'message' as const, desk: 'opin' })),
    ],
  };
}

/** The `changes` frame from `before` to `after`; `patch` bends it for a mismatch. */
function changesFrame(before: Ticket, after: Ticket, patch: Partial<TicketChanges> = {}): string {
  const data: TicketChanges = {
    ...after,
    messages: after.messages.slice(before.messages.length),
    timeline: after.timeline.slice(before.timeline.length),
    messagesFrom: before.messages.length,
    timelineFrom: before.timeline.length,
    ...patch,
  };
  return `event: changes\nid: ${data.version}\ndata: ${JSON.stringify(data)}\n\n`;
}

async function collect(iterable: AsyncIterable<Ticket>): Promise<Ticket[]> {
  const seen: Ticket[] = [];
  for await (const ticket of iterable) seen.push(ticket);
  return seen;
}

describe('watchTicket with change frames', () => {
  it('asks for them, and yields whole tickets rebuilt from them', async () => {
    const [v1, v2, v3, v4] = [ticketWith(0), ticketWith(1), ticketWith(2), ticketWith(3, 'closed')];
    server.script(events, {
      events: [ticketFrame(v1), changesFrame(v1, v2), changesFrame(v2, v3), changesFrame(v3, v4)],
      hold: true,
    });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([v1, v2, v3, v4]);
    expect(server.requests(events).map((r) => r.url)).toEqual([
      '/tickets/OPIN-000123/events?frames=changes',
    ]);
    await server.streamsClosed();
  });

  it('reconnects with Last-Event-ID of the rebuilt version, and continues from a whole ticket', async () => {
    const [v1, v2, v3] = [ticketWith(0), ticketWith(1), ticketWith(2, 'closed')];
    server.script(
      events,
      { events: [ticketFrame(v1), changesFrame(v1, v2)] },
      { events: [changesFrame(v2, v3)] },
    );

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([v1, v2, v3]);
    expect(server.requests(events).map((r) => r.headers['last-event-id'])).toEqual([
      undefined,
      '2',
    ]);
  });

  it.each([
    ['a version gap', (v2: Ticket, v3: Ticket) => changesFrame(v2, v3, { version: 4 })],
    [
      'a message count that differs',
      (v2: Ticket, v3: Ticket) => changesFrame(v2, v3, { messagesFrom: 0 }),
    ],
    [
      'a timeline count that differs',
      (v2: Ticket, v3: Ticket) => changesFrame(v2, v3, { timelineFrom: 9 }),
    ],
  ])(
    'never applies a change after %s: reconnects without Last-Event-ID for a whole ticket',
    async (_, bad) => {
      const [v1, v2, v3, v4] = [ticketWith(0), ticketWith(1), ticketWith(2), ticketWith(3)];
      const closed = ticketWith(4, 'closed');
      server.script(
        events,
        { events: [ticketFrame(v1), changesFrame(v1, v2), bad(v2, v3)], hold: true },
        { events: [ticketFrame(v4), changesFrame(v4, closed)], hold: true },
      );

      const seen = await collect(client().watchTicket(access, fast));

      expect(seen).toEqual([v1, v2, v4, closed]);
      expect(server.requests(events).map((r) => r.headers['last-event-id'])).toEqual([
        undefined,
        undefined,
      ]);
      await server.streamsClosed();
    },
  );

  it('starts over when a change comes before any whole ticket', async () => {
    const [v1, v2, v3] = [ticketWith(0), ticketWith(1), ticketWith(2, 'closed')];
    server.script(
      events,
      { events: [changesFrame(v1, v2)], hold: true },
      { events: [ticketFrame(v2)] },
      { events: [changesFrame(v2, v3)], hold: true },
    );

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([v2, v3]);
    expect(server.requests(events).map((r) => r.headers['last-event-id'])).toEqual([
      undefined,
      undefined,
      '2',
    ]);
  });

  it('after a mismatch, takes the whole ticket of a version already yielded as its base, without yielding it again', async () => {
    const [v1, v2, v3] = [ticketWith(0), ticketWith(1), ticketWith(2, 'closed')];
    server.script(
      events,
      { events: [ticketFrame(v1), changesFrame(v1, v2), changesFrame(v1, v2)], hold: true },
      { events: [ticketFrame(v2), changesFrame(v2, v3)], hold: true },
    );

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([v1, v2, v3]);
    expect(server.requests(events).map((r) => r.headers['last-event-id'])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('throws a SupportResponseValidationError on a change that does not make a valid ticket', async () => {
    const [v1, v2] = [ticketWith(0), ticketWith(1)];
    const broken = changesFrame(v1, v2).replace('"body":"Vastaus 1"', '"body":1');
    server.script(events, { events: [ticketFrame(v1), broken], hold: true });

    const seen: Ticket[] = [];
    const watching = (async () => {
      for await (const ticket of client().watchTicket(access, fast)) seen.push(ticket);
    })();
    await expect(watching).rejects.toMatchObject({ name: 'SupportResponseValidationError' });
    expect(seen).toEqual([v1]);
    await server.streamsClosed();
  });

  it('takes a whole ticket at any time in between', async () => {
    const [v1, v2, v3, v4] = [ticketWith(0), ticketWith(1), ticketWith(2), ticketWith(3, 'closed')];
    server.script(events, {
      events: [ticketFrame(v1), changesFrame(v1, v2), ticketFrame(v3), changesFrame(v3, v4)],
      hold: true,
    });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([v1, v2, v3, v4]);
  });
});
