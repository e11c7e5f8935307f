/**
 * The queue pane's log of the last pushes from the desk event stream: its line per push, newest
 * first, each event once, at most five.
 */
import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { PUSH_LOG_LENGTH, pushText, withPush } from '../src/push-log.js';

function eventOf(seq: number): DeskEvent {
  return {
    id: `opin:${seq}`,
    seq,
    type: 'handoff.offered',
    at: '2026-12-07T10:15:00.000Z',
    desk: 'opin',
    ticketId: 'OPIN-482019375568',
    version: 2,
    data: {
      status: 'in_progress',
      owner: 'opin',
      assisting: null,
      handoff: { from: 'opin', to: 'hanken', mode: 'consult', state: 'pending' },
      timelineEventId: 'e2',
    },
  };
}

describe('the push log', () => {
  it('says what was pushed, newest first, each event once, the last five', () => {
    const at = new Date('2026-12-07T10:15:03.000Z');
    let log = withPush([], eventOf(12), at);
    expect(log).toEqual([
      {
        id: 'opin:12',
        type: 'handoff.offered',
        ticketId: 'OPIN-482019375568',
        seq: 12,
        receivedAt: '2026-12-07T10:15:03.000Z',
      },
    ]);
    const [first] = log;
    if (!first) throw new Error('No push.');
    expect(pushText(first)).toBe('Push: handoff.offered OPIN-482019375568 (seq 12)');
    for (const seq of [13, 14, 15, 16, 17, 17]) log = withPush(log, eventOf(seq), at);
    expect(log.map((entry) => entry.seq)).toEqual([17, 16, 15, 14, 13]);
    expect(log).toHaveLength(PUSH_LOG_LENGTH);
  });
});
