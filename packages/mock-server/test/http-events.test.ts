import { ticketSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { ticketEventStream } from '../../http/src/http/event-stream.js';
import { addLearnerMessage } from '@opin/support-domain';
import { act, fileTestTicket, testContext } from './support/domain.js';
import { bearer, deskDo, fileTicket, postJson, useMockServer } from './support/http.js';
import { SseReader } from './support/sse.js';

describe('the ticket event stream over HTTP', () => {
  const handle = useMockServer({ heartbeatMs: 50 });

  async function openStream(id: string, token: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${handle.base}/tickets/${id}/events`, {
      headers: { ...bearer(token), ...headers },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    return new SseReader(response);
  }

  it('sends the current ticket, then every change in order', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await openStream(ticket.id, accessToken);
    const first = await stream.nextFrame();
    expect(first).toMatchObject({ event: 'ticket', id: '1' });
    expect(ticketSchema.parse(JSON.parse(first?.data ?? '')).id).toBe(ticket.id);

    const path = `/tickets/${ticket.id}`;
    await deskDo(handle.base, 'opin', `${path}/messages`, {
      body: 'Mikä selain?',
      language: 'fi',
      visibility: 'learner',
    });
    await deskDo(handle.base, 'opin', `${path}/status`, { status: 'waiting_for_learner' });
    await postJson(`${handle.base}${path}/messages`, { body: 'Firefox.' }, bearer(accessToken));
    await deskDo(handle.base, 'opin', `${path}/status`, { status: 'resolved' });

    const statuses: string[] = [];
    for (let version = 2; version <= 5; version++) {
      const frame = await stream.nextFrame();
      expect(frame?.id).toBe(String(version));
      statuses.push(ticketSchema.parse(JSON.parse(frame?.data ?? '')).status);
    }
    expect(statuses).toEqual(['in_progress', 'waiting_for_learner', 'in_progress', 'resolved']);
    await stream.cancel();
  });

  it('skips versions already seen with Last-Event-ID', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await openStream(ticket.id, accessToken, { 'Last-Event-ID': '1' });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/status`, { status: 'in_progress' });
    expect((await stream.nextFrame())?.id).toBe('2');
    await stream.cancel();
  });

  it('sends heartbeat comments', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await openStream(ticket.id, accessToken, { 'Last-Event-ID': '1' });
    expect(await stream.next()).toEqual({ comment: 'heartbeat' });
    await stream.cancel();
  });

  it('needs the ticket’s token', async () => {
    const { ticket } = await fileTicket(handle.base);
    const other = await fileTicket(handle.base);
    expect((await fetch(`${handle.base}/tickets/${ticket.id}/events`)).status).toBe(401);
    const response = await fetch(`${handle.base}/tickets/${ticket.id}/events`, {
      headers: bearer(other.accessToken),
    });
    expect(response.status).toBe(404);
  });

  it('ends open streams on reset and closes the server cleanly with a stream open', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await openStream(ticket.id, accessToken);
    await stream.nextFrame();
    handle.server.api.reset();
    expect(await stream.nextFrame()).toBeUndefined();

    const again = await fileTicket(handle.base);
    await openStream(again.ticket.id, again.accessToken);
    await handle.server.close();
    await expect(fetch(`${handle.base}/topics`)).rejects.toThrow();
    await handle.server.close();
  });
});

describe('cancelling an event stream', () => {
  it('unsubscribes and stops the heartbeat', async () => {
    const ctx = testContext({ heartbeatMs: 10 });
    const ticket = await fileTestTicket(ctx);
    const reader = ticketEventStream(ctx, ticket, { lastSeen: 0, frames: 'ticket' }).getReader();
    await reader.read();
    expect(ctx.tickets.followerCount).toBe(1);
    expect(ctx.http.feeds.size).toBe(1);
    await reader.cancel();
    expect(ctx.tickets.followerCount).toBe(0);
    expect(ctx.http.feeds.size).toBe(0);
  });
});

describe('a stream that starts from an older read of its ticket', () => {
  /** The `id:` of each frame a reader yields, as they come. */
  async function versions(reader: ReadableStreamDefaultReader<Uint8Array>, count: number) {
    const seen: number[] = [];
    let text = '';
    while (seen.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
      for (const match of text.matchAll(/^id: (\d+)$/gm)) seen.push(Number(match[1]));
      text = text.slice(text.lastIndexOf('\n\n') + 2);
    }
    return seen;
  }

  it('gets the version saved between its read and its follow (another instance’s change)', async () => {
    const ctx = testContext({ heartbeatMs: 3_600_000 });
    // A copy: the stream's read, as it was (the repository's own object moves on).
    const stale = structuredClone(await fileTestTicket(ctx));
    // Saved after the stream's read, before it follows: as another instance would, unheard.
    await act(ctx, stale, (rules, ticket) => addLearnerMessage(rules, ticket, 'Vielä yksi asia.'));
    const reader = ticketEventStream(ctx, stale, { lastSeen: 0, frames: 'ticket' }).getReader();
    expect(await versions(reader, 2)).toEqual([stale.version, stale.version + 1]);
    await reader.cancel();
  });

  it('joins an open feed at its latest version, and the next change follows from it', async () => {
    const ctx = testContext({ heartbeatMs: 3_600_000 });
    const stale = structuredClone(await fileTestTicket(ctx));
    const first = ticketEventStream(ctx, stale, { lastSeen: 0, frames: 'changes' }).getReader();
    expect(await versions(first, 1)).toEqual([stale.version]);
    await act(ctx, stale, (rules, ticket) => addLearnerMessage(rules, ticket, 'Toinen viesti.'));
    expect(await versions(first, 1)).toEqual([stale.version + 1]);
    // A second stream starting from the first read gets the feed's latest, not the older one.
    const second = ticketEventStream(ctx, stale, { lastSeen: 0, frames: 'changes' }).getReader();
    expect(await versions(second, 1)).toEqual([stale.version + 1]);
    await act(ctx, stale, (rules, ticket) => addLearnerMessage(rules, ticket, 'Kolmas viesti.'));
    const next = await first.read();
    // The first stream gets the next version as a change frame from the version it holds.
    expect(new TextDecoder().decode(next.value)).toMatch(
      new RegExp(`^event: changes\\nid: ${stale.version + 2}\\n`),
    );
    await first.cancel();
    await second.cancel();
  });
});
