/**
 * Which desk may do what on a ticket (docs/design/domain.md, "Hand-offs"), in one place: the queue,
 * reading, handing off, changing the status, writing to the learner or internally, answering a
 * hand-off. Each refusal is 403 `forbidden` with a message that says who may; the rules that act
 * call these checks, and the handlers only translate.
 * @internal
 */
import type { RuleContext } from './rule-context.js';
import { forbidden } from './errors.js';
import type { StoredHandoff, StoredTicket } from './model.js';

/**
 * Whether the ticket is in this desk's queue (`GET /desk/queue`, in the order tickets were filed):
 * owned, assisted, or a pending hand-off to it, and not closed.
 */
export function inQueueOf(ticket: StoredTicket, desk: string): boolean {
  if (ticket.status === 'closed') return false;
  const pendingToDesk = ticket.handoff?.state === 'pending' && ticket.handoff.to === desk;
  return ticket.owner === desk || ticket.assisting === desk || pendingToDesk;
}

/** Whether the desk is, or was, involved in the ticket. */
function isInvolved(ticket: StoredTicket, desk: string): boolean {
  return ticket.desks.some((involved) => involved.id === desk);
}

/**
 * Whether the desk reads the ticket: any desk involved now or before (a former owner too), but not
 * a desk whose only part was a hand-off it declined or let expire (least privilege: it sees nothing
 * written after, such as later internal notes).
 */
export function mayRead(ticket: StoredTicket, desk: string): boolean {
  return isInvolved(ticket, desk) && !ticket.accessEnded.includes(desk);
}

/** {@link mayRead}, as a 403 that says why. */
export function assertMayRead(ticket: StoredTicket, desk: string): void {
  if (!isInvolved(ticket, desk)) throw forbidden(`${desk} is not involved in ${ticket.id}.`);
  if (ticket.accessEnded.includes(desk)) {
    throw forbidden(
      `${desk} no longer takes part in ${ticket.id}: its hand-off returned to ${ticket.owner}.`,
    );
  }
}

/**
 * Whether the desk took a part in the ticket beyond being asked: it filed it, owns it, assists
 * on it, or once accepted a hand-off of it. Such a desk keeps reading it after a later hand-off
 * to it returns; any other desk stops (`accessEnded`).
 */
export function tookPart(ticket: StoredTicket, desk: string): boolean {
  return (
    ticket.origin === desk ||
    ticket.owner === desk ||
    ticket.assisting === desk ||
    ticket.timeline.some((event) => event.type === 'handoff_accepted' && event.desk === desk)
  );
}

/** Only the owner hands the ticket off. */
export function assertMayHandOff(ticket: StoredTicket, desk: string): void {
  if (ticket.owner !== desk) {
    throw forbidden(`Only the owner (${ticket.owner}) can hand off ${ticket.id}.`);
  }
}

/** Only the owner changes the status. */
export function assertMayChangeStatus(ticket: StoredTicket, desk: string): void {
  if (ticket.owner !== desk) {
    throw forbidden(`Only the owner (${ticket.owner}) changes the status of ${ticket.id}.`);
  }
}

/** Only the owner replies to the learner; an assisting desk is told to answer the owner instead. */
export function assertMayWriteToLearner(ticket: StoredTicket, desk: string): void {
  if (ticket.owner === desk) return;
  if (ticket.assisting === desk) {
    throw forbidden(
      `${desk} assists ${ticket.owner} on ${ticket.id}: answer ${ticket.owner} with an internal message; ${ticket.owner} replies to the learner.`,
    );
  }
  throw forbidden(`Only the owner (${ticket.owner}) replies to the learner on ${ticket.id}.`);
}

/** The owner writes internal notes, and the assisting desk (its internal message is the answer). */
export function assertMayWriteInternally(ticket: StoredTicket, desk: string): void {
  if (ticket.assisting !== desk && ticket.owner !== desk) {
    throw forbidden(`Only the owner or an assisting desk writes internal notes on ${ticket.id}.`);
  }
}

/** Only the hand-off's target accepts or declines it: the hand-off addressed to this desk. */
export function handoffAddressedTo(ticket: StoredTicket, desk: string): StoredHandoff {
  const handoff = ticket.handoff;
  if (handoff?.to !== desk) throw forbidden(`${ticket.id} has no hand-off to ${desk}.`);
  return handoff;
}

/**
 * An e-mail desk does not decline through the desk API: it declines by replying to the hand-off
 * e-mail with the decline keyword (`./email/reply-keywords.ts`), or lets the window end.
 */
export function assertMayDecline(ctx: RuleContext, handoff: StoredHandoff, desk: string): void {
  if (ctx.directory.requireDesk(desk).integration === 'email') {
    throw forbidden(
      `${desk} is connected by e-mail: it declines by replying to the hand-off e-mail with the decline keyword on the first line, or the hand-off returns to ${handoff.from} by itself when the ${ctx.options.ackWindowMinutes}-minute window ends.`,
    );
  }
}
