/**
 * The ownership timeline in plain words (received by, handed to, taken by, answered by), naming
 * desks by their names in the UI language. Internal notes never reach the learner view.
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Ticket, TimelineEvent } from '@opin/support-sdk';
import { statusLabel } from './statuses.js';

/** The hand-off request an accept, answer or return at `index` refers to. */
function requestBefore(timeline: readonly TimelineEvent[], index: number) {
  for (let i = index - 1; i >= 0; i--) {
    const event = timeline[i];
    if (event?.type === 'handoff_requested') return event;
  }
  return undefined;
}

/** True while the request at `index` is the ticket's current, still pending hand-off. */
function isPending(ticket: Ticket, index: number): boolean {
  const later = ticket.timeline.slice(index + 1);
  return ticket.handoff?.state === 'pending' && !later.some((e) => e.type === 'handoff_requested');
}

/** One timeline event as a sentence; `name` turns a desk id into its localized name. */
export function describeEvent(ticket: Ticket, index: number, name: (id: string) => string): string {
  const event = ticket.timeline[index];
  if (!event) return '';
  const desk = name(event.desk ?? ticket.owner);
  const request = requestBefore(ticket.timeline, index);
  const requester = name(request?.desk ?? ticket.owner);
  const asked = name(request?.to ?? event.desk ?? ticket.owner);
  switch (event.type) {
    case 'created':
      return msg(str`Received by ${desk}`, { desc: '1: desk name.' });
    case 'handoff_requested': {
      const to = name(event.to ?? ticket.owner);
      if (event.mode === 'consult') {
        return msg(str`${desk} asked ${to} to help`, {
          desc: '1: desk that keeps the ticket, 2: desk asked for help.',
        });
      }
      return isPending(ticket, index)
        ? msg(str`${desk} is handing your ticket to ${to}`, {
            desc: '1: current owner, 2: desk that is to take over.',
          })
        : msg(str`${desk} asked ${to} to take over your ticket`, {
            desc: '1: owner at the time, 2: desk that was asked to take over.',
          });
    }
    case 'handoff_accepted':
      return request?.mode === 'consult'
        ? msg(str`${desk} is helping ${requester}`, {
            desc: '1: desk that helps, 2: desk that keeps the ticket.',
          })
        : msg(str`${desk} took over your ticket`, { desc: '1: new owner.' });
    case 'consult_answered':
      return msg(str`${desk} has answered ${requester}, who will reply to you`, {
        desc: '1: desk that helped, 2: desk that owns the ticket.',
      });
    case 'handoff_returned':
      return event.reason === 'declined'
        ? msg(str`${asked} could not take it; ${desk} keeps your ticket`, {
            desc: '1: desk that declined, 2: desk that keeps the ticket.',
          })
        : msg(str`${asked} did not respond in time; ${desk} keeps your ticket`, {
            desc: '1: desk that did not answer, 2: desk that keeps the ticket.',
          });
    case 'message':
      return event.desk === undefined
        ? msg('You sent a message')
        : msg(str`${desk} replied`, { desc: '1: desk name.' });
    case 'status_changed': {
      const status = statusLabel(event.status ?? ticket.status);
      return msg(str`Status: ${status}`, { desc: '1: a ticket status.' });
    }
    case 'resolved':
      return msg(str`${desk} marked your ticket as resolved`, { desc: '1: desk name.' });
    case 'reopened':
      return msg('The ticket was reopened');
  }
}
