/**
 * `DeskClient.watchEvents` against a scripted server: the frames of `GET /desk/events`, resuming
 * with `Last-Event-ID`, `ready` and `reset`, the reconnect rule, and how a watch ends. Every wait is
 * for an event (a frame handed over, a request received), never for time.
 */
import { describe, expect, it } from 'vitest';
import { createDeskClient, type DeskEvent } from '../src/desk.js';
import { SupportHttpError } from '../src/index.js';
import { errorBody } from './support/fixtures.js';
import { rejectionOf, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();
const events = 'GET /desk/events';
const fast = { reconnectDelayMs: 5 };
const desk = () =>
  createDeskClient({ baseUrl: server.baseUrl, deskKey: 'dev-opin', retry: { backoffLimit: 5 } });

function event(seq: number, type: DeskEvent['type'] = 'ticket.received'): DeskEvent {
  return {
    id: `opin:${seq}`,
    seq,
    type,
    at: '2026-12-07T10:15:00.000Z',
    desk: 'opin',
    ticketId: 'OPIN-000123',
    version: seq,
    data: {
      status: 'received',
      owner: 'opin',
      assisting: null,
      handoff: null,
      timelineEventId: `evt-${seq}`,
    },
  };
}
const frame = (e: DeskEvent) => `event: ${e.type}\nid: ${e.seq}\ndata: ${JSON.stringify(e)}\n\n`;
const opening = (kind: 'ready' | 'reset', latest: number) =>
  `event: ${kind}\nid: ${latest}\ndata: {"latest":${latest}}\n\n`;

/** Collects the seqs handed over; `until(n)` resolves once `n` arrived. */
function collector() {
  const seqs: number[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    seqs,
    onEvent(e: DeskEvent) {
      seqs.push(e.seq);
      for (const wait of waiting.filter((w) => seqs.length >= w.count)) wait.resolve();
    },
    until(count: number) {
      return new Promise<void>((resolve) => {
        if (seqs.length >= count) resolve();
        else waiting.push({ count, resolve });
      });
    },
  };
}

describe('watchEvents', () => {
  it('hands over events in order, once each, and resumes after the last with Last-Event-ID', async () => {
    server.script(
      events,
      { events: [opening('ready', 3), frame(event(4)), frame(event(5)), frame(event(4))] },
      { events: [frame(event(5)), frame(event(6, 'status.changed'))], hold: true },
    );
    const seen = collector();
    const watch = desk().watchEvents((e) => seen.onEvent(e), fast);
    await seen.until(3);
    watch.stop();
    await watch.done;
    expect(seen.seqs).toEqual([4, 5, 6]);
    expect(watch.lastEventId).toBe('6');
    const sent = server
      .requests(events)
      .map((r) => [r.headers['last-event-id'], r.headers.authorization]);
    expect(sent).toEqual([
      [undefined, 'Bearer dev-opin'],
      ['5', 'Bearer dev-opin'],
    ]);
    await server.streamsClosed();
  });

  it('starts after the lastEventId it is given, and skips types it does not know', async () => {
    const unknown = `event: ticket.archived\nid: 8\ndata: {"seq":8}\n\n`;
    server.script(events, { events: [unknown, frame(event(9))], hold: true });
    const seen = collector();
    const watch = desk().watchEvents((e) => seen.onEvent(e), { ...fast, lastEventId: '7' });
    await seen.until(1);
    watch.stop();
    await watch.done;
    expect(seen.seqs).toEqual([9]);
    expect(server.requests(events)[0]?.headers['last-event-id']).toBe('7');
  });

  it('calls onReset with the seq it goes on after, and waits for it', async () => {
    server.script(events, { events: [opening('reset', 2), frame(event(3))], hold: true });
    const seen = collector();
    const order: string[] = [];
    const watch = desk().watchEvents(
      (e) => {
        order.push(`event ${e.seq}`);
        seen.onEvent(e);
      },
      {
        ...fast,
        lastEventId: '40',
        onReset: async (latest) => {
          await Promise.resolve();
          order.push(`reset ${latest}`);
        },
      },
    );
    await seen.until(1);
    watch.stop();
    await watch.done;
    expect(order).toEqual(['reset 2', 'event 3']);
  });

  it('reconnects after a failed connect, reporting it, and ends on a refusal retrying cannot fix', async () => {
    server.script(
      events,
      { status: 503, body: errorBody('internal_error', 'Down.') },
      { drop: true },
      { status: 401, body: errorBody('unauthorized', 'Unknown desk key.') },
    );
    const errors: unknown[] = [];
    const watch = desk().watchEvents(() => undefined, { ...fast, onError: (e) => errors.push(e) });
    const ended = await rejectionOf(watch.done);
    expect(ended).toBeInstanceOf(SupportHttpError);
    expect(ended).toMatchObject({ status: 401 });
    expect(errors.map((e) => (e instanceof SupportHttpError ? e.status : 'network'))).toEqual([
      503,
      'network',
    ]);
    expect(server.requests(events)).toHaveLength(3);
    expect(JSON.stringify(ended)).not.toContain('dev-opin');
  });

  it('waits for the callback’s promise, and ends with what it throws without moving lastEventId', async () => {
    server.script(events, { events: [frame(event(1)), frame(event(2))], hold: true });
    const failure = new Error('the desk tool could not store it');
    const watch = desk().watchEvents(
      (e) => (e.seq === 2 ? Promise.reject(failure) : Promise.resolve()),
      { ...fast, lastEventId: '0' },
    );
    await expect(watch.done).rejects.toBe(failure);
    expect(watch.lastEventId).toBe('1');
    await server.streamsClosed();
  });

  it('ends when its signal aborts, closing the stream', async () => {
    server.script(events, { events: [opening('ready', 0)], hold: true });
    const abort = new AbortController();
    const watch = desk().watchEvents(() => undefined, { ...fast, signal: abort.signal });
    await server.received(1, events);
    await new Promise<void>((resolve) => {
      const check = () => (watch.lastEventId === '0' ? resolve() : setImmediate(check));
      check();
    });
    abort.abort();
    await watch.done;
    await server.streamsClosed();
  });
});
