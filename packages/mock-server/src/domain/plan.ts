/**
 * The ticket's plan (docs/design/domain.md, "The plan"): which desk will answer the learner, and by
 * when. Made once at filing from the routing rule, stored on the ticket, and changed in one place
 * only: when a transfer ends (accepted or returned) and so another desk than planned answers.
 * Nothing else moves it — not a consult, a message, a status change or the clock — and it is never
 * worked out again from the timeline. Hours are wall-clock hours of the server clock: the domain
 * has no business hours.
 * @internal
 */
import type { RoutingPreview, TicketPlan } from '@opin/support-sdk/schemas';
import { requireDesk } from './directory.js';
import type { StoredHandoff, StoredTicket } from './model.js';

const HOUR_MS = 60 * 60 * 1000;

function hoursAfter(at: string, hours: number): string {
  return new Date(Date.parse(at) + hours * HOUR_MS).toISOString();
}

/**
 * The plan at filing: the routing rule's answering desk, due its response target after filing —
 * exactly what the learner was shown before sending (`POST /routing/preview`).
 */
export function planAtFiling(route: RoutingPreview, filedAt: string): TicketPlan {
  return {
    answeringDesk: route.answeringDesk,
    expectedBy: hoursAfter(filedAt, route.expectedResponseHours),
  };
}

/**
 * The desk that answers once `transfer` has ended: its target if it accepted (it owns the ticket
 * now); if it returned, the target will not answer, so its sender — still the owner — does in
 * its place when the plan named the target, and otherwise the plan's desk still does.
 */
function answeringAfter(ticket: StoredTicket, transfer: StoredHandoff): string {
  if (transfer.state === 'accepted') return transfer.to;
  return ticket.plan.answeringDesk === transfer.to ? transfer.from : ticket.plan.answeringDesk;
}

/**
 * A transfer ended at `at`, accepted or returned. If the same desk answers as planned, the plan
 * stands and its due time does not move; if another desk answers now, the plan becomes that desk,
 * due its response target from `at`.
 */
export function replanAfterTransfer(
  ticket: StoredTicket,
  transfer: StoredHandoff,
  at: string,
): void {
  const answering = answeringAfter(ticket, transfer);
  if (answering === ticket.plan.answeringDesk) return;
  ticket.plan = {
    answeringDesk: answering,
    expectedBy: hoursAfter(at, requireDesk(answering).responseTargetHours),
  };
}
