/**
 * Finding 16.3 / 16.10: every frame of an event stream was the whole, growing ticket. With
 * `?frames=changes` a stream gets the whole ticket once, then each change as a small `changes`
 * frame: the ticket's fields but `messages` and `timeline`, which hold only what was appended,
 * with the index they start at. Without it, the stream is as before. Each kind of frame is
 * serialised at most once per change, however many streams.
 */
import { ticketChangesSchema, ticketSchema, type Ticket } from '@opin/support-sdk/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDeskMessage,
  addLearnerMessage,
  commit,
  demoDirectory,
  learnerView,
} from '@opin/support-domain';
import { errorOf } from './support/http.js';
import { inProcessApi, type InProcessApi, type OpenTicket } from './support/in-process.js';
import { SseReader, type SseBlock } from './support/sse.js';
import { countSerialisations } from './support/count-serialisations.js';
import { act } from './support/domain.js';

async function deskReply(
  api: InProcessApi,
  opened: OpenTicket,
  body = 'Selvitämme asiaa.',
): Promise<void> {
  const fields = { body, language: 'fi', visibility: 'learner' } as const;
  await act(api.ctx, opened.ticket, (rules, t) =>
    addDeskMessage(rules, t, 'opin', fields, api.ctx.clock.nowIso()),
  );
}

/** The ticket a `changes` frame makes of the ticket before it. */
function apply(before: Ticket, frame: SseBlock | undefined): Ticket {
  expect(frame?.event).toBe('changes');
  const { messagesFrom, timelineFrom, ...change } = ticketChangesSchema.parse(
    JSON.parse(frame?.data ?? ''),
  );
  expect(String(change.version)).toBe(frame?.id);
  expect(change.version).toBe(before.version + 1);
  expect(messagesFrom).toBe(before.messages.length);
  expect(timelineFrom).toBe(before.timeline.length);
  return {
    ...change,
    messages: [...before.messages, ...change.messages],
    timeline: [...before.timeline, ...change.timeline],
  };
}

function wholeTicket(frame: SseBlock | undefined): Ticket {
  expect(frame?.event).toBe('ticket');
  return ticketSchema.parse(JSON.parse(frame?.data ?? ''));
}

afterEach(() => vi.restoreAllMocks());

describe('event stream with ?frames=changes', () => {
  it('sends the whole ticket first, then only what each change appended', async () => {
    const api = inProcessApi();
    const opened = await api.file();
    const reader = new SseReader(await api.openStream(opened, { frames: 'changes' }));

    let held = wholeTicket(await reader.nextFrame());
    expect(held).toEqual(learnerView(demoDirectory, opened.ticket));

    await deskReply(api, opened);
    const first = await reader.nextFrame();
    const data = JSON.parse(first?.data ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({ messagesFrom: 0, timelineFrom: 1, version: 2 });
    expect(data.messages).toHaveLength(1);
    expect(data.timeline).toHaveLength(1);
    held = apply(held, first);
    expect(held).toEqual(learnerView(demoDirectory, opened.ticket));

    // A status change appends nothing: empty lists, every other field current.
    await act(api.ctx, opened.ticket, (rules, t) => addLearnerMessage(rules, t, 'Kiitos, odotan.'));
    held = apply(held, await reader.nextFrame());
    await act(api.ctx, opened.ticket, (_rules, t) => {
      t.status = 'waiting_for_learner';
      commit(t, api.ctx.clock.nowIso());
    });
    const statusOnly = await reader.nextFrame();
    expect(JSON.parse(statusOnly?.data ?? '')).toMatchObject({
      messages: [],
      timeline: [],
      messagesFrom: 2,
      status: 'waiting_for_learner',
    });
    held = apply(held, statusOnly);
    expect(held).toEqual(learnerView(demoDirectory, opened.ticket));
    await reader.cancel();
  });

  it('keeps change frames small however many messages came before', async () => {
    const api = inProcessApi({ maxStreamBacklogBytes: 0 });
    const opened = await api.file();
    const reader = new SseReader(await api.openStream(opened, { frames: 'changes' }));
    const whole = new SseReader(await api.openStream(opened));
    await reader.nextFrame();
    await whole.nextFrame();

    const changeSizes: number[] = [];
    const wholeSizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      await deskReply(api, opened, `${String(i).padStart(2, '0')} ${'x'.repeat(4_000)}`);
      changeSizes.push((await reader.nextFrame())?.data?.length ?? 0);
      wholeSizes.push((await whole.nextFrame())?.data?.length ?? 0);
    }
    const [firstChange = 0] = changeSizes;
    // Ids and counts gain a digit or two; 40 earlier messages of 4 KB would add 160 KB.
    for (const size of changeSizes) expect(size).toBeLessThan(firstChange + 20);
    expect(firstChange).toBeLessThan(6_000);
    expect(wholeSizes.at(-1)).toBeGreaterThan(160_000);
    await Promise.all([reader.cancel(), whole.cancel()]);
  });

  it('sends a change in place whole: the client never patches a list that was edited', async () => {
    const api = inProcessApi();
    const opened = await api.file();
    await deskReply(api, opened);
    const reader = new SseReader(await api.openStream(opened, { frames: 'changes' }));
    await reader.nextFrame();

    const [message] = opened.ticket.messages;
    if (!message) throw new Error('no message');
    // No rule edits a stored entry, and a change saves only what it appended: edit the stored
    // ticket itself, as a faulty store might, and let a change that appends nothing announce it.
    opened.ticket.messages[0] = { ...message, id: 'msg-replaced' };
    await act(api.ctx, opened.ticket, (_rules, t) => commit(t, api.ctx.clock.nowIso()));

    expect(wholeTicket(await reader.nextFrame())).toEqual(
      learnerView(demoDirectory, opened.ticket),
    );
    await deskReply(api, opened);
    expect((await reader.nextFrame())?.event).toBe('changes');
    await reader.cancel();
  });

  it('continues from a Last-Event-ID of the current version, and starts whole from any other', async () => {
    const api = inProcessApi();
    const opened = await api.file();
    await deskReply(api, opened);
    const current = String(opened.ticket.version);

    const continuing = new SseReader(
      await api.openStream(opened, { frames: 'changes', lastEventId: current }),
    );
    const older = new SseReader(
      await api.openStream(opened, { frames: 'changes', lastEventId: '1' }),
    );
    const ahead = new SseReader(
      await api.openStream(opened, { frames: 'changes', lastEventId: '9' }),
    );
    expect(wholeTicket(await older.nextFrame()).version).toBe(2);
    expect(wholeTicket(await ahead.nextFrame()).version).toBe(2);

    await deskReply(api, opened);
    const next = await continuing.nextFrame();
    expect(next).toMatchObject({ event: 'changes', id: '3' });
    expect(JSON.parse(next?.data ?? '')).toMatchObject({ messagesFrom: 1 });
    expect((await older.nextFrame())?.event).toBe('changes');
    expect((await ahead.nextFrame())?.event).toBe('changes');
    await Promise.all([continuing.cancel(), older.cancel(), ahead.cancel()]);
  });

  it('serialises each kind of frame once per change, and the whole ticket only when a stream needs it', async () => {
    const api = inProcessApi({ maxStreamsPerTicket: 0, maxStreamsPerClient: 0 });
    const opened = await api.file();
    const open = (frames?: string) =>
      Promise.all(
        Array.from({ length: 10 }, async () => {
          const reader = new SseReader(await api.openStream(opened, { frames }));
          await reader.nextFrame();
          return reader;
        }),
      );

    const changing = await open('changes');
    const onlyChanges = countSerialisations(opened.ticket.id);
    await deskReply(api, opened);
    for (const reader of changing) expect((await reader.nextFrame())?.event).toBe('changes');
    expect(onlyChanges()).toBe(1);
    vi.restoreAllMocks();

    const whole = await open();
    const both = countSerialisations(opened.ticket.id);
    await deskReply(api, opened);
    for (const reader of changing) expect((await reader.nextFrame())?.event).toBe('changes');
    for (const reader of whole) expect((await reader.nextFrame())?.event).toBe('ticket');
    expect(both()).toBe(2);
    await Promise.all([...changing, ...whole].map((reader) => reader.cancel()));
  });

  it('is the stream as before without ?frames=changes, and refuses an unknown kind with 400', async () => {
    const api = inProcessApi();
    const opened = await api.file();
    const reader = new SseReader(await api.openStream(opened, { frames: 'ticket' }));
    await reader.nextFrame();
    await deskReply(api, opened);
    const frame = await reader.nextFrame();
    expect(frame).toMatchObject({ event: 'ticket', id: '2' });
    expect(frame?.data).toBe(JSON.stringify(learnerView(demoDirectory, opened.ticket)));
    await reader.cancel();

    const refused = await api.openStream(opened, { frames: 'diff' });
    expect(refused.status).toBe(400);
    const error = await errorOf(refused);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject([{ path: ['frames'] }]);
    expect(api.ctx.http.feeds.streams).toBe(0);
  });
});
