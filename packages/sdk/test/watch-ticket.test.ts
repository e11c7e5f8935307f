import { describe, expect, it } from 'vitest';
import { createSupportClient, SupportHttpError, type Ticket } from '../src/index.js';
import { accessToken, errorBody, makeTicket } from './support/fixtures.js';
import { ticketFrame, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const events = 'GET /tickets/OPIN-000123/events';
const access = { id: 'OPIN-000123', accessToken };
const v = (version: number, status: Ticket['status'] = 'in_progress') =>
  makeTicket({ version, status });
const fast = { reconnectDelayMs: 10, pollIntervalMs: 10 };

const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 5 } });

async function collect(iterable: AsyncIterable<Ticket>): Promise<number[]> {
  const versions: number[] = [];
  for await (const ticket of iterable) versions.push(ticket.version);
  return versions;
}

describe('watchTicket', () => {
  it('yields the frames in order, skips repeated and older versions, and ends after closed', async () => {
    server.script(events, {
      events: [v(1), v(2), v(2), v(1), v(3, 'closed')].map(ticketFrame),
      hold: true,
    });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1, 2, 3]);
    await server.streamsClosed();
  });

  it('sends the token only in the Authorization header', async () => {
    server.script(events, { events: [ticketFrame(v(1, 'closed'))] });

    await collect(client().watchTicket(access, fast));

    const [request] = server.requests(events);
    expect(request?.url).toBe('/tickets/OPIN-000123/events?frames=changes');
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${accessToken}`,
      accept: 'text/event-stream',
    });
    expect(request?.headers['last-event-id']).toBeUndefined();
  });

  it('reads frames split across chunks, with CRLF line ends and heartbeats', async () => {
    const frame = ticketFrame(v(1, 'closed')).replaceAll('\n', '\r\n');
    server.script(events, { events: [': hi\r\n\r\n', frame.slice(0, 30), frame.slice(30)] });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1]);
  });

  it('reconnects with Last-Event-ID after the server ends the stream', async () => {
    server.script(
      events,
      { events: [ticketFrame(v(1)), ticketFrame(v(2))] },
      { events: [ticketFrame(v(3, 'closed'))] },
    );

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1, 2, 3]);
    expect(server.requests(events).map((r) => r.headers['last-event-id'])).toEqual([
      undefined,
      '2',
    ]);
  });

  it('falls back to polling after 3 failed connects, then returns to the stream', async () => {
    const down = { status: 503, body: errorBody('internal_error', 'Down.') };
    server.script(events, down, { drop: true }, down, { events: [ticketFrame(v(3, 'closed'))] });
    server.script('GET /tickets/OPIN-000123', { body: v(2) });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([2, 3]);
    const order = server.requests().map((r) => (r.url.includes('/events') ? 'stream' : 'poll'));
    expect(order).toEqual(['stream', 'stream', 'stream', 'poll', 'stream']);
    expect(server.requests(events)[3]?.headers['last-event-id']).toBe('2');
  });

  it('keeps polling while the stream stays unavailable', async () => {
    server.script(events, { status: 503 });
    server.script(
      'GET /tickets/OPIN-000123',
      { body: v(1) },
      { body: v(2) },
      { body: v(3, 'closed') },
    );

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1, 2, 3]);
    expect(server.requests(events).length).toBeGreaterThanOrEqual(5);
  });

  it('counts a stream that ends at once, before its first frame, as a failed connect', async () => {
    server.script(events, { events: [] });
    server.script('GET /tickets/OPIN-000123', { body: v(1, 'closed') });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1]);
    expect(server.requests(events)).toHaveLength(3);
  });

  it('counts a response that is not an event stream as a failed connect', async () => {
    server.script(events, { body: '<html>proxy</html>' });
    server.script('GET /tickets/OPIN-000123', { body: v(1, 'closed') });

    await expect(collect(client().watchTicket(access, fast))).resolves.toEqual([1]);
    expect(server.requests(events)).toHaveLength(3);
  });

  it('ends without an error when the signal aborts, and releases the connection', async () => {
    server.script(events, { events: [ticketFrame(v(1))], hold: true });
    const controller = new AbortController();
    const seen: number[] = [];

    for await (const ticket of client().watchTicket(access, {
      ...fast,
      signal: controller.signal,
    })) {
      seen.push(ticket.version);
      controller.abort();
    }

    expect(seen).toEqual([1]);
    await server.streamsClosed();
  });

  it('ends at once when the signal is already aborted', async () => {
    const watch = client().watchTicket(access, { signal: AbortSignal.abort() });

    await expect(collect(watch)).resolves.toEqual([]);
    expect(server.requests()).toHaveLength(0);
  });

  it('releases the connection when the caller stops iterating', async () => {
    server.script(events, { events: [ticketFrame(v(1))], hold: true });

    for await (const ticket of client().watchTicket(access, fast)) {
      expect(ticket.version).toBe(1);
      break;
    }

    await server.streamsClosed();
  });

  it('throws a SupportHttpError on 404 from the stream, without retrying', async () => {
    server.script(events, { status: 404, body: errorBody('not_found', 'No such ticket.') });

    const error = await collect(client().watchTicket(access, fast)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect(server.requests()).toHaveLength(1);
  });

  it('throws on a 501 from the stream as on any failure the retry rule gives up on', async () => {
    server.script(events, { status: 501, body: errorBody('not_implemented', 'No streams.') });

    const error = await collect(client().watchTicket(access, fast)).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'SupportHttpError', status: 501 });
    expect(server.requests()).toHaveLength(1);
  });

  it('reconnects with Last-Event-ID when the stream breaks off in the middle', async () => {
    const lastEventIds: (string | null)[] = [];
    const fetch: typeof globalThis.fetch = (_input, init) => {
      lastEventIds.push(new Headers(init?.headers).get('last-event-id'));
      const first = lastEventIds.length === 1;
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => {
          if (pulls++ > 0) {
            if (first) controller.error(new TypeError('terminated'));
            else controller.close();
            return;
          }
          controller.enqueue(new TextEncoder().encode(ticketFrame(first ? v(1) : v(2, 'closed'))));
        },
      });
      const headers = { 'content-type': 'text/event-stream' };
      return Promise.resolve(new Response(body, { headers }));
    };
    const watching = createSupportClient({ baseUrl: server.baseUrl, fetch });

    await expect(collect(watching.watchTicket(access, fast))).resolves.toEqual([1, 2]);
    expect(lastEventIds).toEqual([null, '1']);
  });

  it('throws a SupportHttpError on 401 from a poll', async () => {
    server.script(events, { drop: true });
    server.script('GET /tickets/OPIN-000123', {
      status: 401,
      body: errorBody('unauthorized', 'Bad token.'),
    });

    await expect(collect(client().watchTicket(access, fast))).rejects.toMatchObject({
      name: 'SupportHttpError',
      status: 401,
    });
  });

  it('throws a SupportResponseValidationError on a frame that is not a ticket', async () => {
    server.script(events, { events: ['event: ticket\ndata: {"version": "one"}\n\n'], hold: true });

    await expect(collect(client().watchTicket(access, fast))).rejects.toMatchObject({
      name: 'SupportResponseValidationError',
    });
    await server.streamsClosed();
  });
});
