/**
 * The ticket's plan (docs/design/domain.md, "The plan"): which desk will answer the learner, and by
 * when. Made once at filing from the routing rule, stored on the ticket, and changed in one place
 * only: when a transfer ends (accepted or returned) and so another desk than planned answers.
 * Nothing else moves it — not a consult, a message, a status change or the clock — and it is never
 * worked out again from the timeline. Hours are wall-clock hours of the server clock: the domain
 * has no business hours. A due time is always a whole hour (`dueTime`).
 * @internal
 */
import type { RoutingPreview, TicketPlan } from '@opin/support-sdk/schemas';
import type { StoredHandoff, StoredTicket } from './model.js';
import type { RouteDecision } from './routing.js';
import type { RuleContext } from './rule-context.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * When an answer is due: `hours` after `from`, rounded up to the next whole hour (UTC, so also
 * in Finnish time). Whole hours read simply ("by 15:00"), and the preview's promise, made a
 * little before filing, names the same time as the ticket's plan unless an hour turns between.
 */
export function dueTime(from: string, hours: number): string {
  return new Date(
    Math.ceil((Date.parse(from) + hours * HOUR_MS) / HOUR_MS) * HOUR_MS,
  ).toISOString();
}

/** The routing rule's answer as `POST /routing/preview` gives it at `at`: when filed now, due when. */
export function previewAt(route: RouteDecision, at: string): RoutingPreview {
  return { ...route, expectedBy: dueTime(at, route.expectedResponseHours) };
}

/**
 * The plan at filing: the routing rule's answering desk, due its response target after filing —
 * what the learner was shown before sending (`POST /routing/preview`).
 */
export function planAtFiling(route: RouteDecision, filedAt: string): TicketPlan {
  return {
    answeringDesk: route.answeringDesk,
    expectedBy: dueTime(filedAt, route.expectedResponseHours),
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
  ctx: RuleContext,
  ticket: StoredTicket,
  transfer: StoredHandoff,
  at: string,
): void {
  const answering = answeringAfter(ticket, transfer);
  if (answering === ticket.plan.answeringDesk) return;
  ticket.plan = {
    answeringDesk: answering,
    expectedBy: dueTime(at, ctx.directory.requireDesk(answering).responseTargetHours),
  };
}
