/**
 * Finding 16.1: with thousands of streams on one ticket, every change serialised the ticket once
 * per stream, synchronously. A change is now serialised once and the same bytes go to every stream.
 * Proven by counting `JSON.stringify` calls on the ticket, not by timing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDeskMessage } from '@opin/support-domain';
import { inProcessApi } from './support/in-process.js';
import { SseReader } from './support/sse.js';
import { countSerialisations } from './support/count-serialisations.js';
import { act } from './support/domain.js';

afterEach(() => vi.restoreAllMocks());

describe('one ticket followed by many streams', () => {
  it('serialises the ticket once per change, not once per stream', async () => {
    const api = inProcessApi({ maxStreamsPerTicket: 0, maxStreamsPerClient: 0 });
    const opened = await api.file();
    const streams = 40;

    const opening = countSerialisations(opened.ticket.id);
    const readers = await Promise.all(
      Array.from({ length: streams }, async () => new SseReader(await api.openStream(opened))),
    );
    for (const reader of readers) expect((await reader.nextFrame())?.id).toBe('1');
    expect(opening()).toBe(1);
    vi.restoreAllMocks();

    const changing = countSerialisations(opened.ticket.id);
    for (let change = 0; change < 3; change++) {
      await act(api.ctx, opened.ticket, (rules, t) =>
        addDeskMessage(
          rules,
          t,
          'opin',
          { body: `Vastaus ${change}`, language: 'fi', visibility: 'learner' },
          api.ctx.clock.nowIso(),
        ),
      );
    }
    for (const reader of readers) {
      expect((await reader.nextFrame())?.id).toBe('2');
      expect((await reader.nextFrame())?.id).toBe('3');
      const last = await reader.nextFrame();
      expect(last?.id).toBe('4');
      expect(JSON.parse(last?.data ?? '{}')).toMatchObject({ id: opened.ticket.id, version: 4 });
    }
    expect(changing()).toBe(3);

    await Promise.all(readers.map((reader) => reader.cancel()));
    expect(api.ctx.tickets.followerCount).toBe(0);
  });
});
