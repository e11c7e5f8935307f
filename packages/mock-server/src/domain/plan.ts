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
import type { StoredTicket } from './model.js';

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
 * A transfer ended at `at` (accepted: the target owns the ticket; returned: the sender still does):
 * the owner answers now. If that is the planned desk, the plan stands and its due time does not
 * move; if it is another desk, the plan becomes that desk, due its response target from `at`.
 */
export function replanAfterTransfer(ticket: StoredTicket, at: string): void {
  if (ticket.plan.answeringDesk === ticket.owner) return;
  ticket.plan = {
    answeringDesk: ticket.owner,
    expectedBy: hoursAfter(at, requireDesk(ticket.owner).responseTargetHours),
  };
}
