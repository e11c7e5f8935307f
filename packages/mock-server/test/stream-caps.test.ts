/**
 * Finding 16.2: nothing limited the event streams one learner token or one address could hold
 * open (4,000 on one ticket stalled the server). Streams are now capped per ticket and per client
 * address (the address the rate limit uses); one more is refused with 429 `rate_limited` and
 * `Retry-After`. Proven by counting streams accepted and refused.
 */
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '@opin/support-http';
import { bearer, fileTicket, useMockServer } from './support/http.js';
import { inProcessApi, type InProcessApi, type OpenTicket } from './support/in-process.js';

async function expectRefused(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.message).toMatch(/stream/i);
}

async function close(response: Response): Promise<void> {
  await response.body?.cancel();
}

function streamsOf(api: InProcessApi) {
  return { open: api.ctx.http.feeds.streams, refused: api.ctx.http.streamSlots.refused };
}

describe('event streams per ticket', () => {
  it('accepts maxStreamsPerTicket streams on one ticket, refuses the next, frees a place on close', async () => {
    const api = inProcessApi({ maxStreamsPerTicket: 3, maxStreamsPerClient: 0 });
    const opened = await api.file();
    const accepted = await Promise.all(
      ['a', 'b', 'c'].map((client) => api.openStream(opened, { client })),
    );
    expect(accepted.map((r) => r.status)).toEqual([200, 200, 200]);

    await expectRefused(await api.openStream(opened, { client: 'd' }));
    expect(streamsOf(api)).toEqual({ open: 3, refused: 1 });
    expect(opened.ticket.version).toBe(1);

    await accepted[0]?.body?.cancel();
    const again = await api.openStream(opened, { client: 'd' });
    expect(again.status).toBe(200);
    expect(streamsOf(api)).toEqual({ open: 3, refused: 1 });

    const other = await api.file();
    expect((await api.openStream(other, { client: 'a' })).status).toBe(200);
    await Promise.all([...accepted.slice(1), again].map(close));
  });
});

describe('event streams per client address', () => {
  it('accepts maxStreamsPerClient streams from one address over all tickets, not one more', async () => {
    const api = inProcessApi({ maxStreamsPerTicket: 0, maxStreamsPerClient: 2 });
    const tickets: OpenTicket[] = [];
    for (let i = 0; i < 3; i++) tickets.push(await api.file());
    const [first, second, third] = tickets as [OpenTicket, OpenTicket, OpenTicket];

    const one = await api.openStream(first, { client: '203.0.113.7' });
    const two = await api.openStream(second, { client: '203.0.113.7' });
    expect([one.status, two.status]).toEqual([200, 200]);
    await expectRefused(await api.openStream(third, { client: '203.0.113.7' }));
    expect((await api.openStream(third, { client: '198.51.100.1' })).status).toBe(200);

    await one.body?.cancel();
    expect((await api.openStream(third, { client: '203.0.113.7' })).status).toBe(200);
    expect(streamsOf(api)).toEqual({ open: 3, refused: 1 });
  });

  it('frees every place when the mock is reset', async () => {
    const api = inProcessApi({ maxStreamsPerTicket: 1, maxStreamsPerClient: 1 });
    const opened = await api.file();
    expect((await api.openStream(opened, { client: 'x' })).status).toBe(200);
    await expectRefused(await api.openStream(opened, { client: 'y' }));
    api.ctx.tickets.reset();
    await api.ctx.http.reset();
    const fresh = await api.file();
    expect((await api.openStream(fresh, { client: 'x' })).status).toBe(200);
  });

  it('has the documented defaults', () => {
    expect(resolveOptions()).toMatchObject({ maxStreamsPerTicket: 10, maxStreamsPerClient: 100 });
  });
});

describe('event streams per client address over HTTP', () => {
  const handle = useMockServer({ maxStreamsPerClient: 2, maxStreamsPerTicket: 0 });

  it('counts the socket’s address, whatever X-Opin-Mock-Client the client sends', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const open = (spoofed: string) =>
      fetch(`${handle.base}/tickets/${ticket.id}/events`, {
        headers: { ...bearer(accessToken), 'X-Opin-Mock-Client': spoofed },
      });
    const streams = [await open('10.0.0.1'), await open('10.0.0.2')];
    expect(streams.map((r) => r.status)).toEqual([200, 200]);
    await expectRefused(await open('10.0.0.3'));
    expect(handle.server.api.streamStats()).toMatchObject({ open: 2, refused: 1 });
    await Promise.all(streams.map(close));
  });
});
