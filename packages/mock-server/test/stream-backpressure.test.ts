/**
 * Finding 16.3: 20 streams that read only their first frame, plus 79 messages of 40 KB, grew the
 * server from 482 MB to 2.54 GB. The Node adapter wrote every frame without waiting for the socket,
 * every stream queued every frame, and a ticket grew without bound. Now the adapter waits for the
 * socket to drain, a stream whose reader falls `maxStreamBacklogBytes` behind is dropped (its client
 * reconnects with `Last-Event-ID`), and a ticket holds at most `maxMessagesPerTicket` messages.
 * Proven by counting what the server holds and drops, never by timing.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { addDeskMessage, addLearnerMessage } from '@opin/support-domain';
import { resolveOptions } from '@opin/support-http';
import { bearer, errorOf, fileTicket, postJson, useMockServer } from './support/http.js';
import { inProcessApi } from './support/in-process.js';
import { SseReader } from './support/sse.js';
import { act } from './support/domain.js';

const KIB = 1024;

describe('a slow reader of an event stream', () => {
  it('is dropped once it falls maxStreamBacklogBytes behind; a reader that keeps up is not', async () => {
    const api = inProcessApi({ maxStreamBacklogBytes: 16 * KIB, maxStreamsPerTicket: 2 });
    const opened = await api.file();
    const slow = new SseReader(await api.openStream(opened, { client: 'slow' }));
    const fast = new SseReader(await api.openStream(opened, { client: 'fast' }));
    expect((await slow.nextFrame())?.id).toBe('1');
    expect((await fast.nextFrame())?.id).toBe('1');

    // The slow reader reads nothing more; each change adds a ~4 KiB message to every frame.
    let changes = 0;
    while (api.ctx.http.feeds.dropped === 0) {
      expect(changes).toBeLessThan(20);
      await act(api.ctx, opened.ticket, (rules, t) =>
        addLearnerMessage(rules, t, 'x'.repeat(4 * KIB)),
      );
      changes += 1;
      expect((await fast.nextFrame())?.id).toBe(String(opened.ticket.version));
    }
    // The backlog (16 KiB) is reached after a few frames, not after unbounded growth.
    expect(changes).toBeLessThanOrEqual(4);
    expect(api.ctx.http.feeds.streams).toBe(1);

    // The slow stream errors (its queue is discarded): the client sees a failed stream …
    await expect(slow.nextFrame()).rejects.toThrow(/behind/);
    // … and its place is free: it reconnects with the last id it read and gets the current ticket.
    const version = opened.ticket.version;
    const again = new SseReader(await api.openStream(opened, { client: 'slow', lastEventId: '1' }));
    const frame = await again.nextFrame();
    expect(frame?.id).toBe(String(version));
    expect((JSON.parse(frame?.data ?? '{}') as { messages: unknown[] }).messages).toHaveLength(
      changes,
    );

    // The reader that kept up still gets every change.
    await act(api.ctx, opened.ticket, (rules, t) => addLearnerMessage(rules, t, 'one more'));
    expect((await fast.nextFrame())?.id).toBe(String(version + 1));
    expect((await again.nextFrame())?.id).toBe(String(version + 1));
    expect(api.ctx.http.feeds.dropped).toBe(1);
    await Promise.all([fast.cancel(), again.cancel()]);
    expect(api.ctx.http.feeds.streams).toBe(0);
  });

  it('is never dropped when maxStreamBacklogBytes is 0', async () => {
    const api = inProcessApi({ maxStreamBacklogBytes: 0 });
    const opened = await api.file();
    const reader = new SseReader(await api.openStream(opened));
    for (let i = 0; i < 10; i++)
      await act(api.ctx, opened.ticket, (rules, t) =>
        addLearnerMessage(rules, t, 'x'.repeat(4 * KIB)),
      );
    expect(api.ctx.http.feeds.dropped).toBe(0);
    for (let version = 1; version <= 11; version++) {
      expect((await reader.nextFrame())?.id).toBe(String(version));
    }
    await reader.cancel();
  });
});

describe('a slow reader over HTTP', () => {
  const handle = useMockServer({
    maxStreamBacklogBytes: 64 * KIB,
    rateLimitPerMinute: 0,
    learnerWritesPerMinute: 0,
  });

  it('holds the server to its backlog: the socket’s backpressure reaches the stream, which is dropped', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    // A client that reads the response head and then stops reading.
    const paused = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(`${handle.base}/tickets/${ticket.id}/events`, {
        headers: bearer(accessToken),
      });
      req.on('response', (response) => {
        response.pause();
        resolve(response);
      });
      req.on('error', reject);
      req.end();
    });
    expect(paused.statusCode).toBe(200);
    paused.on('error', () => undefined);

    // Without backpressure the adapter takes every frame into the socket's buffer and the stream
    // never falls behind; with it, the kernel and socket buffers fill and the stream is dropped.
    let posted = 0;
    while (handle.server.api.streamStats().dropped === 0) {
      expect(posted).toBeLessThan(190);
      const response = await postJson(
        `${handle.base}/tickets/${ticket.id}/messages`,
        { body: 'y'.repeat(9_000) },
        bearer(accessToken),
      );
      expect(response.status).toBe(201);
      await response.arrayBuffer();
      posted += 1;
    }
    await vi.waitFor(() => expect(handle.server.api.streamStats().open).toBe(0), {
      timeout: 30_000,
    });
    paused.destroy();
  });
});

describe('what one ticket may grow to', () => {
  it('holds at most maxMessagesPerTicket messages; one more is 409 and changes nothing', async () => {
    const api = inProcessApi({ maxMessagesPerTicket: 3 });
    const opened = await api.file();
    const post = (body: string) =>
      api.send(`/tickets/${opened.ticket.id}/messages`, {
        method: 'POST',
        headers: { ...bearer(opened.accessToken), 'Content-Type': 'application/json' },
        body: JSON.stringify({ body }),
      });
    expect((await post('one')).status).toBe(201);
    expect((await post('two')).status).toBe(201);
    await act(api.ctx, opened.ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        opened.ticket.owner,
        { body: 'Vastaus', language: 'fi', visibility: 'learner' },
        api.ctx.clock.nowIso(),
      ),
    );
    const version = opened.ticket.version;

    const refused = await post('four');
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe('conflict');
    await expect(
      act(api.ctx, opened.ticket, (rules, t) =>
        addDeskMessage(
          rules,
          t,
          opened.ticket.owner,
          { body: 'Toinen', language: 'fi', visibility: 'learner' },
          api.ctx.clock.nowIso(),
        ),
      ),
    ).rejects.toThrow(/3 messages/);
    expect(opened.ticket.messages).toHaveLength(3);
    expect(opened.ticket.version).toBe(version);
  });

  it('has the documented defaults', () => {
    expect(resolveOptions()).toMatchObject({
      maxStreamBacklogBytes: 1_048_576,
      maxMessagesPerTicket: 200,
    });
  });
});
