/**
 * `GET /desk/events` in process (docs/design/realtime.md, section 3): a backlog longer than a page
 * is read page by page, and only while the reader has room; a reader whose queue is still full at a
 * heartbeat is dropped and resumes where it was; a log that fails is a 500 that frees the place.
 * Proven by counting reads of the log and frames, never by timing (the heartbeat's timer is faked).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskEventDraft } from '@opin/support-domain';
import { inProcessApi, type InProcessApi } from './support/in-process.js';
import { SseReader } from './support/sse.js';

const KIB = 1024;

/** `count` events for opin, appended to the mock's log as the repository would. */
function appendEvents(api: InProcessApi, count: number): void {
  const drafts: DeskEventDraft[] = Array.from({ length: count }, (_, i) => ({
    type: 'ticket.received',
    at: '2026-12-07T10:15:00.000Z',
    desk: 'opin',
    ticketId: `OPIN-${String(100000 + i)}`,
    version: 1,
    data: {
      status: 'received',
      owner: 'opin',
      assisting: null,
      handoff: null,
      timelineEventId: `evt-${i}`,
    },
  }));
  api.ctx.tickets.deskEvents.append(drafts);
}

const openDeskStream = (api: InProcessApi, lastEventId?: string) =>
  api.send('/desk/events', {
    headers: {
      Authorization: 'Bearer dev-opin',
      ...(lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }),
    },
  });

/** Lets the stream's pending reads of the (synchronous) memory log settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the desk event stream in process', () => {
  it('reads a backlog longer than a page in pages, only while its reader has room', async () => {
    const api = inProcessApi({ maxStreamBacklogBytes: 16 * KIB });
    appendEvents(api, 1100);
    const since = vi.spyOn(api.ctx.tickets.deskEvents, 'since');
    const response = await openDeskStream(api, '0');
    expect(response.status).toBe(200);
    const reader = new SseReader(response);
    expect((await reader.nextFrame())?.id).toBe('1');
    await settle();
    // The first page (far more than 16 KiB) fills the queue: no further read until it drains.
    expect(since.mock.calls.map((call) => call.slice(1))).toEqual([[0, 500]]);

    const ids = ['1'];
    while (ids.length < 1100) ids.push((await reader.nextFrame())?.id ?? 'end');
    expect(ids).toEqual(Array.from({ length: 1100 }, (_, i) => String(i + 1)));
    await settle();
    expect(since.mock.calls.map((call) => call[1])).toEqual([0, 500, 1000]);

    // Then live: the next event comes on its own.
    appendEvents(api, 1);
    expect((await reader.nextFrame())?.id).toBe('1101');
    await reader.cancel();
    expect(api.ctx.http.deskStreams.size).toBe(0);
  });

  it('sends a reset before the first event still kept when retention removed the next ones', async () => {
    const api = inProcessApi({});
    appendEvents(api, 5);
    const log = api.ctx.tickets.deskEvents;
    const read = log.since.bind(log);
    // As if retention deleted seq 3 between the stream's look at the bounds and its first read.
    vi.spyOn(log, 'since').mockImplementation(async (desk, after, limit) =>
      (await read(desk, after, limit)).filter((event) => event.seq !== 3),
    );
    const reader = new SseReader(await openDeskStream(api, '2'));
    const frames = [await reader.nextFrame(), await reader.nextFrame(), await reader.nextFrame()];
    expect(frames.map((frame) => [frame?.event, frame?.id])).toEqual([
      ['reset', '3'],
      ['ticket.received', '4'],
      ['ticket.received', '5'],
    ]);
    await reader.cancel();
  });

  it('drops a reader still full at a heartbeat; it resumes with its Last-Event-ID', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const api = inProcessApi({ maxStreamBacklogBytes: 16 * KIB, heartbeatMs: 1_000 });
    appendEvents(api, 200);
    const slow = new SseReader(await openDeskStream(api, '0'));
    expect((await slow.nextFrame())?.id).toBe('1');
    await settle();
    vi.advanceTimersByTime(1_000);
    expect(api.ctx.http.feeds.dropped).toBe(1);
    await expect(slow.nextFrame()).rejects.toThrow(/behind/);
    expect(api.ctx.http.deskStreams.size).toBe(0);

    const again = new SseReader(await openDeskStream(api, '1'));
    expect((await again.nextFrame())?.id).toBe('2');
    await again.cancel();
  });

  it('sends heartbeats to a reader that keeps up', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const api = inProcessApi({ heartbeatMs: 1_000 });
    const reader = new SseReader(await openDeskStream(api));
    expect(await reader.next()).toMatchObject({ event: 'ready', id: '0' });
    vi.advanceTimersByTime(1_000);
    expect(await reader.next()).toEqual({ comment: 'heartbeat' });
    await reader.cancel();
  });

  it('answers 500 when the log cannot say where it is, and frees the place', async () => {
    const api = inProcessApi({ maxStreamsPerDesk: 1 });
    vi.spyOn(api.ctx.tickets.deskEvents, 'bounds').mockRejectedValueOnce(new Error('log down'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await openDeskStream(api);
    expect(failed.status).toBe(500);
    const reader = new SseReader(await openDeskStream(api));
    expect(await reader.next()).toMatchObject({ event: 'ready' });
    await reader.cancel();
  });
});
