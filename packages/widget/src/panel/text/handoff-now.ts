/**
 * Where a hand-off stands, for the ticket view's status (issue 17: the status stays honest): the
 * latest hand-off event in the timeline's words ("… asked … to help", "… is helping …", "… has
 * answered …, who will reply to you", "… did not respond in time; … keeps your ticket"), until a
 * desk writes to the learner after it.
 * @internal
 */
import type { Ticket, TimelineEvent } from '@opin/support-sdk';
import { describeEvent } from './timeline.js';

const handoffEvents: ReadonlySet<TimelineEvent['type']> = new Set([
  'handoff_requested',
  'handoff_accepted',
  'consult_answered',
  'handoff_returned',
]);

/** The latest hand-off, in words, if no desk has written to the learner since; else null. */
export function handoffNow(ticket: Ticket, name: (id: string) => string): string | null {
  for (let index = ticket.timeline.length - 1; index >= 0; index--) {
    const event = ticket.timeline[index];
    if (!event || (event.type === 'message' && event.desk !== undefined)) return null;
    if (handoffEvents.has(event.type)) return describeEvent(ticket, index, name);
  }
  return null;
}
