/**
 * How a host runs a rule on one ticket: through its repository's `change`, with the rule's context
 * made of the change's records and the host's clock, options and directory.
 * @internal
 */
import type { DomainEnv } from './domain-env.js';
import type { StoredTicket } from './model.js';
import type { RuleRecords } from './repository/rule-records.js';
import type { RuleContext } from './rule-context.js';

/** The context of a rule run by `env` inside a change with these records. */
export function ruleContext(env: DomainEnv, records: RuleRecords): RuleContext {
  return {
    records,
    clock: env.clock,
    options: env.options,
    directory: env.directory,
    replyKey: env.replyKey,
  };
}

/** A rule of this package: context and ticket. */
export type Rule<T> = (ctx: RuleContext, ticket: StoredTicket) => T;

/** Runs `rule` on ticket `id` in one change (`TicketRepository.change`); resolves to its result. */
export function changeTicket<T>(env: DomainEnv, id: string, rule: Rule<T>): Promise<T> {
  return env.tickets.change(id, (ticket, records) => rule(ruleContext(env, records), ticket));
}

/** Runs `work` on the records alone, in one transaction (`TicketRepository.records`). */
export function withRecords<T>(env: DomainEnv, work: (ctx: RuleContext) => T): Promise<T> {
  return env.tickets.records((records) => work(ruleContext(env, records)));
}
