/**
 * One sentence per timeline event, e.g. `Opin.fi support asked Tampere University to consult.`
 * @internal
 */
import type { TimelineEvent } from '@opin/support-sdk';
import type { Desk } from '@opin/support-sdk/desk';
import { deskName, statusLabel } from './format.js';

/** Describes a timeline event in plain English. */
export function timelineText(event: TimelineEvent, desks: readonly Desk[]): string {
  const desk = event.desk === undefined ? 'A desk' : deskName(desks, event.desk);
  const to = event.to === undefined ? 'another desk' : deskName(desks, event.to);
  switch (event.type) {
    case 'created':
      return `Received by ${desk}.`;
    case 'handoff_requested':
      return event.mode === 'transfer'
        ? `${desk} asked ${to} to take the ticket over (transfer).`
        : `${desk} asked ${to} to consult.`;
    case 'handoff_accepted':
      return `${desk} accepted the hand-off.`;
    case 'handoff_returned':
      return `The hand-off returned to ${desk} (${event.reason ?? 'returned'}).`;
    case 'consult_answered':
      return `${desk} answered the consult (internal).`;
    case 'message':
      return event.desk === undefined ? 'The learner wrote.' : `${desk} wrote to the learner.`;
    case 'status_changed':
      return `${desk} set the status to ${event.status ? statusLabel(event.status) : '?'}.`;
    case 'resolved':
      return `${desk} resolved the ticket.`;
    case 'reopened':
      return 'The learner reopened the ticket.';
  }
}
