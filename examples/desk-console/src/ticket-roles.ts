/**
 * What a ticket means to the desk being played: its role, and the marks shown in the queue
 * ("hand-off waiting for you", "consult answered", …).
 * @internal
 */
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import { deskName } from './format.js';

/** How the played desk is involved in a ticket. */
export type DeskRole = 'owner' | 'assisting' | 'handoff_to_you' | 'involved';

/** One label in the queue; `attention` means this desk should act. */
export interface QueueMark {
  text: string;
  tone: 'attention' | 'info';
}

/** The played desk's role; a pending hand-off to it wins over other roles. */
export function roleOf(ticket: DeskTicket, deskId: string): DeskRole {
  if (ticket.handoff?.to === deskId && ticket.handoff.state === 'pending') return 'handoff_to_you';
  if (ticket.owner === deskId) return 'owner';
  if (ticket.assisting === deskId) return 'assisting';
  return 'involved';
}

/** A sentence describing the role, e.g. `You own this ticket and answer the learner.` */
export function roleSentence(ticket: DeskTicket, deskId: string, desks: readonly Desk[]): string {
  switch (roleOf(ticket, deskId)) {
    case 'handoff_to_you': {
      const mode = ticket.handoff?.mode ?? 'consult';
      const from = deskName(desks, ticket.handoff?.from ?? ticket.owner);
      return `${from} asks you to ${mode === 'consult' ? 'consult on' : 'take over'} this ticket: accept or decline.`;
    }
    case 'owner':
      return 'You own this ticket: you answer the learner.';
    case 'assisting':
      return `You are consulting for ${deskName(desks, ticket.owner)}: answer with an internal note.`;
    case 'involved':
      return `You were involved earlier; ${deskName(desks, ticket.owner)} owns it now (read only).`;
  }
}

/** True while the ticket's hand-off is open (pending, or an accepted consult not yet answered). */
export function handoffIsOpen(ticket: DeskTicket): boolean {
  const handoff = ticket.handoff;
  if (handoff === null) return false;
  if (handoff.state === 'pending') return true;
  return handoff.mode === 'consult' && handoff.state === 'accepted' && ticket.assisting !== null;
}

/** The marks of a queue entry, most urgent first. */
export function queueMarks(
  ticket: DeskTicket,
  deskId: string,
  desks: readonly Desk[],
): QueueMark[] {
  const marks: QueueMark[] = [];
  const handoff = ticket.handoff;
  const name = (id: string) => deskName(desks, id);
  const role = roleOf(ticket, deskId);
  const lastEvent = ticket.timeline.at(-1);

  if (role === 'handoff_to_you' && handoff) {
    const from = name(handoff.from);
    marks.push({
      text: `Hand-off waiting for you (${handoff.mode} from ${from})`,
      tone: 'attention',
    });
  }
  if (role === 'assisting') {
    marks.push({ text: 'Consult accepted: answer with an internal note', tone: 'attention' });
  }
  if (role !== 'owner') return marks;

  if (ticket.messages.at(-1)?.author.kind === 'learner' && ticket.status !== 'resolved') {
    marks.push({ text: 'The learner wrote', tone: 'attention' });
  }
  if (handoff?.state === 'returned' && handoff.from === deskId) {
    const returned = ticket.timeline.findLast((event) => event.type === 'handoff_returned');
    const why = returned?.reason === 'expired' ? 'expired' : 'declined';
    const fresh = lastEvent?.type === 'handoff_returned';
    marks.push({ text: `Hand-off returned to you (${why})`, tone: fresh ? 'attention' : 'info' });
  }
  if (lastEvent?.type === 'consult_answered') {
    marks.push({ text: 'Consult answered: reply to the learner', tone: 'attention' });
  }
  if (handoff?.state === 'pending' && handoff.from === deskId) {
    marks.push({
      text: `Waiting for ${name(handoff.to)} to accept (${handoff.mode})`,
      tone: 'info',
    });
  } else if (ticket.assisting !== null) {
    marks.push({ text: `${name(ticket.assisting)} is looking into it`, tone: 'info' });
  }
  if (ticket.plannedHandoff && handoff === null && ticket.plannedHandoff.to !== deskId) {
    const planned = ticket.plannedHandoff;
    marks.push({ text: `Routing advice: ${planned.mode} ${name(planned.to)}`, tone: 'info' });
  }
  return marks;
}
