/**
 * Changes the clock makes by itself: expired hand-offs return, resolved tickets close after 14
 * days. `runClock` applies them to the tickets the repository says are due (`./clock-due.ts`), so a
 * request costs the same with ten tickets or fifty thousand. The mock runs it at the start of every
 * request and after its clock moves; a server, when a timer row comes due.
 * @internal
 */
import type { DomainEnv } from './domain-env.js';
import { changeTicket } from './change-ticket.js';
import { expireHandoffIfDue } from './handoffs.js';
import { closeResolutionIfDue } from './lifecycle.js';
import type { StoredTicket } from './model.js';
import type { RuleContext } from './rule-context.js';

/** The clock's rule for one ticket: whatever is due on it by now happens. */
export function applyDueClock(ctx: RuleContext, ticket: StoredTicket): void {
  expireHandoffIfDue(ctx, ticket);
  closeResolutionIfDue(ctx, ticket);
}

/** Applies every change that is due on the server clock. */
export async function runClock(env: DomainEnv): Promise<void> {
  const due = await env.tickets.dueForClock(env.clock.nowIso());
  await Promise.all(due.map((id) => changeTicket(env, id, applyDueClock)));
}
