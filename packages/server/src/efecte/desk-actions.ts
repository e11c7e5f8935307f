/**
 * What an agent's edit in Efecte does in Opin.fi, run as the desk through the same domain rules as
 * the desk API (`packages/http/src/handlers/desk.ts`): accept or decline the hand-off addressed to
 * the desk, hand the ticket to Opin.fi (consult or transfer), or write on it — the consult's answer
 * when the desk assists, a reply to the learner when it owns the ticket. A refusal by the rules
 * (409: the ticket moved on; 403, 422: not the desk's to do now) is an outcome, not a failure: it
 * is not retried.
 * @internal
 */
import {
  acceptHandoff,
  addDeskMessage,
  ApiError,
  changeTicket,
  declineHandoff,
  requestHandoff,
  type DomainEnv,
  type Rule,
} from '@opin/support-domain';

/** An agent's request code (the static values of the `request` attribute). */
export type AgentRequest = 'accept' | 'decline' | 'consult_opin' | 'transfer_opin';

/** What an action came to: done, or refused by the rules with their error code. */
export type ActionOutcome = { done: true } | { done: false; status: number; code: string };

/** The Opin.fi desk that `consult_opin` and `transfer_opin` hand tickets to. */
export const OPIN_DESK = 'opin';

/** Whether `code` is a request the connector acts on. */
export function isAgentRequest(code: string): code is AgentRequest {
  return ['accept', 'decline', 'consult_opin', 'transfer_opin'].includes(code);
}

async function run(env: DomainEnv, ticketId: string, rule: Rule<void>): Promise<ActionOutcome> {
  try {
    await changeTicket(env, ticketId, rule);
    return { done: true };
  } catch (error) {
    if (error instanceof ApiError) return { done: false, status: error.status, code: error.code };
    throw error;
  }
}

/** Acts on the agent's `request` for the desk. */
export function actOnRequest(
  env: DomainEnv,
  desk: string,
  ticketId: string,
  request: AgentRequest,
  reason?: string,
): Promise<ActionOutcome> {
  const at = () => env.clock.nowIso();
  switch (request) {
    case 'accept':
      return run(env, ticketId, (ctx, ticket) => acceptHandoff(ctx, ticket, desk, at()));
    case 'decline':
      return run(env, ticketId, (ctx, ticket) => declineHandoff(ctx, ticket, desk, reason, at()));
    case 'consult_opin':
    case 'transfer_opin': {
      const mode = request === 'consult_opin' ? 'consult' : 'transfer';
      return run(env, ticketId, (ctx, ticket) =>
        requestHandoff(ctx, ticket, desk, { to: OPIN_DESK, mode, note: reason }, at()),
      );
    }
  }
}

/**
 * The agent's worklog entry: the consult's answer (internal) when the desk assists, a reply to the
 * learner (in the ticket's language) when it owns the ticket; refused by the rules otherwise.
 */
export function actOnEntry(
  env: DomainEnv,
  desk: string,
  ticketId: string,
  body: string,
): Promise<ActionOutcome> {
  return run(env, ticketId, (ctx, ticket) => {
    const visibility = ticket.owner === desk && ticket.assisting !== desk ? 'learner' : 'internal';
    addDeskMessage(ctx, ticket, desk, { body, language: ticket.language, visibility }, at(env));
  });
}

function at(env: DomainEnv): string {
  return env.clock.nowIso();
}
