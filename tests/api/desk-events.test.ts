/**
 * `GET /desk/events` (api.md, "Desk events"; docs/design/realtime.md, section 3): the frames, a
 * stream dropped in the middle of a burst and resumed with `Last-Event-ID` without a gap or a
 * repeat, `ready` and `reset`, the key check and the cap per desk. Every seq is read relative to
 * the `ready` frame, so the tests also hold against a server whose data is not reset.
 */
import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '@opin/support-sdk/desk';
import { itWithMockControl, ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

/** One frame of an event stream. */
interface Frame {
  event: string;
  id: string | undefined;
  data: unknown;
}

/** A raw `GET /desk/events`, read frame by frame (heartbeats skipped). */
interface RawStream {
  response: Response;
  /** The next frame; `undefined` once the server ended the stream. */
  next(): Promise<Frame | undefined>;
  /** Drops the connection, as a client that goes away. */
  close(): void;
}

async function openStream(
  headers: Record<string, string>,
  ...open: RawStream[][]
): Promise<RawStream> {
  const abort = new AbortController();
  const response = await fetch(`${h.apiBase}/desk/events`, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const decoder = new TextDecoder();
  let buffer = '';
  const stream: RawStream = {
    response,
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = block.split('\n').filter((line) => !line.startsWith(':'));
          if (fields.length === 0) continue;
          const field = (name: string) =>
            fields.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
          return {
            event: field('event') ?? 'message',
            id: field('id'),
            data: JSON.parse(field('data') ?? 'null') as unknown,
          };
        }
        reader ??= response.body?.getReader();
        const chunk = await reader?.read().catch(() => ({ done: true, value: undefined }));
        if (!chunk || chunk.done) return undefined;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      abort.abort();
      void reader?.cancel().catch(() => undefined);
    },
  };
  for (const list of open) list.push(stream);
  return stream;
}

const withKey = (desk: string, more: Record<string, string> = {}) => ({
  authorization: `Bearer ${h.deskKey(desk)}`,
  ...more,
});

/** The desk's event frames until the one with seq `last`, in order. */
async function readUntil(stream: RawStream, last: number): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (;;) {
    const frame = await stream.next();
    if (!frame) throw new Error(`the stream ended before seq ${last}`);
    frames.push(frame);
    if (Number(frame.id) >= last) return frames;
  }
}

/** Opens a stream that starts now; answers it and the seq of its `ready` frame. */
async function startNow(desk: string, open: RawStream[]): Promise<[RawStream, number]> {
  const stream = await openStream(withKey(desk), open);
  expect(stream.response.status).toBe(200);
  expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const ready = await stream.next();
  expect(ready?.event).toBe('ready');
  const latest = Number(ready?.id);
  expect(ready?.data).toEqual({ latest });
  return [stream, latest];
}

/** Files a ticket at opin's portal (one `ticket.received` for opin). */
const fileAtOpin = () =>
  h.file(ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }));

describe('the desk event stream', () => {
  it('starts now with ready, then sends each event of the desk as it happens', async () => {
    const open: RawStream[] = [];
    try {
      const [stream, latest] = await startNow('opin', open);
      const access = await fileAtOpin();
      const [frame] = await readUntil(stream, latest + 1);
      expect(frame).toMatchObject({ event: 'ticket.received', id: String(latest + 1) });
      expect(frame?.data).toMatchObject({
        id: `opin:${latest + 1}`,
        seq: latest + 1,
        type: 'ticket.received',
        desk: 'opin',
        ticketId: access.id,
        version: 1,
        data: { status: 'received', owner: 'opin' },
      });
      // Thin: nothing of the ticket's text.
      expect(JSON.stringify(frame?.data)).not.toContain('Kirjautuminen');
      expect(JSON.stringify(frame?.data)).not.toContain('oppija@example.fi');
    } finally {
      for (const stream of open) stream.close();
    }
  });

  it('resumes a stream dropped in the middle of a burst: every seq once, without a gap', async () => {
    const open: RawStream[] = [];
    try {
      const [first, latest] = await startNow('opin', open);
      const tickets = 12;
      const burst = (async () => {
        for (let n = 0; n < tickets; n++) {
          const access = await fileAtOpin();
          await h.desk('opin').setStatus(access.id, 'in_progress');
        }
      })();
      // Two events per ticket (received, status changed); the first connection goes after five.
      const before = await readUntil(first, latest + 5);
      first.close();
      await burst;
      const lastId = before.at(-1)?.id ?? '';
      const resumed = await openStream(withKey('opin', { 'last-event-id': lastId }), open);
      expect(resumed.response.status).toBe(200);
      const after = await readUntil(resumed, latest + 2 * tickets);
      const seqs = [...before, ...after].map((frame) => Number(frame.id));
      expect(seqs).toEqual(Array.from({ length: 2 * tickets }, (_, i) => latest + 1 + i));
      const types = [...before, ...after].map((frame) => frame.event);
      expect(types.filter((type) => type === 'ticket.received')).toHaveLength(tickets);
      expect(types.filter((type) => type === 'status.changed')).toHaveLength(tickets);
      for (const frame of [...before, ...after]) {
        expect((frame.data as DeskEvent).seq).toBe(Number(frame.id));
      }
    } finally {
      for (const stream of open) stream.close();
    }
  });

  it('lets the SDK’s watchEvents go on from a persisted lastEventId', async () => {
    const opin = h.desk('opin');
    const seen: DeskEvent[] = [];
    let check = (): void => undefined;
    const onEvent = (event: DeskEvent) => {
      seen.push(event);
      check();
    };
    /** Resolves once an event seen passes `test`. */
    const until = (test: (event: DeskEvent) => boolean) =>
      new Promise<void>((resolve) => {
        check = () => {
          if (seen.some(test)) resolve();
        };
        check();
      });

    // Without lastEventId the watch starts now: whether it sees the filing depends on when it
    // opened, but it sees the status change made after the first event it saw.
    const firstWatch = opin.watchEvents(onEvent, { reconnectDelayMs: 10 });
    let access = await fileAtOpin();
    while (seen.length === 0) {
      const waited = until(() => true);
      access = await fileAtOpin();
      await waited;
    }
    await opin.setStatus(access.id, 'in_progress');
    const changed = (event: DeskEvent) =>
      event.type === 'status.changed' && event.ticketId === access.id;
    await until(changed);
    firstWatch.stop();
    await firstWatch.done;
    const persisted = firstWatch.lastEventId;
    expect(persisted).toBe(String(seen.find(changed)?.seq));

    const count = seen.length;
    const filed: string[] = [];
    for (let n = 0; n < 3; n++) filed.push((await fileAtOpin()).id);
    const secondWatch = opin.watchEvents(onEvent, { lastEventId: persisted, reconnectDelayMs: 10 });
    await until((event) => event.ticketId === filed.at(-1));
    secondWatch.stop();
    await secondWatch.done;
    const from = Number(persisted);
    expect(seen.slice(count).map((event) => [event.seq, event.ticketId])).toEqual([
      [from + 1, filed[0]],
      [from + 2, filed[1]],
      [from + 3, filed[2]],
    ]);
    expect(secondWatch.lastEventId).toBe(String(from + 3));
  });

  it('sends reset first for a Last-Event-ID that is not digits or is ahead of the log', async () => {
    const open: RawStream[] = [];
    try {
      const [, latest] = await startNow('helsinki', open);
      for (const lastEventId of ['abc', '-1', String(latest + 1000)]) {
        const stream = await openStream(
          withKey('helsinki', { 'last-event-id': lastEventId }),
          open,
        );
        expect(stream.response.status).toBe(200);
        const first = await stream.next();
        expect(first).toEqual({ event: 'reset', id: String(latest), data: { latest } });
        stream.close();
      }
    } finally {
      for (const stream of open) stream.close();
    }
  });

  itWithMockControl(
    'ends open streams on the mock’s reset; seqs go on after it, so no event id comes twice',
    async () => {
      const open: RawStream[] = [];
      try {
        const [stream, latest] = await startNow('opin', open);
        await fileAtOpin();
        const [frame] = await readUntil(stream, latest + 1);
        await h.mock.reset();
        expect(await stream.next()).toBeUndefined();
        const again = await openStream(withKey('opin', { 'last-event-id': frame?.id ?? '' }), open);
        await fileAtOpin();
        const next = await again.next();
        expect(next).toMatchObject({ event: 'ticket.received', id: String(latest + 2) });
      } finally {
        for (const stream of open) stream.close();
      }
    },
  );

  it('refuses a missing or unknown key, and a learner’s token, with 401', async () => {
    const access = await fileAtOpin();
    const cases: Record<string, string>[] = [
      {},
      { authorization: 'Bearer dev-nobody' },
      { authorization: `Bearer ${access.accessToken}` },
    ];
    for (const headers of cases) {
      const stream = await openStream(headers);
      expect(stream.response.status).toBe(401);
      expect(await stream.response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('refuses a sixth stream of one desk with 429 and Retry-After', async () => {
    const open: RawStream[] = [];
    try {
      for (let n = 0; n < 5; n++) await startNow('aalto', open);
      const sixth = await openStream(withKey('aalto'));
      expect(sixth.response.status).toBe(429);
      expect(sixth.response.headers.get('retry-after')).toBe('10');
      expect(await sixth.response.json()).toMatchObject({ error: { code: 'rate_limited' } });
      // Another desk is not affected.
      await startNow('tampere', open);
    } finally {
      for (const stream of open) stream.close();
    }
  });
});
