/**
 * The rules over the in-memory repository, without HTTP: a test files tickets, runs rules in one
 * change each (`act`), and moves a clock of its own.
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import { changeTicket, type Rule } from '../../src/change-ticket.js';
import type { DomainClock } from '../../src/domain-clock.js';
import type { DomainEnv } from '../../src/domain-env.js';
import { demoDirectory } from '../../src/demo-config/index.js';
import { MemoryTicketRepository } from '../../src/memory/memory-ticket-repository.js';
import type { StoredTicket } from '../../src/model.js';
import { defaultRuleOptions, type RuleOptions } from '../../src/rule-options.js';
import { fileTicket, planTicket, type NewTicketInput } from '../../src/tickets.js';
import { receiveEmail, type InboundEmail, type InboundResult } from '../../src/inbound-email.js';
import { newReplyKey } from '../../src/email/reply-tag.js';

/** Real time plus minutes a test moves forward. */
export class TestClock implements DomainClock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /** Moves the clock forward by `minutes`. */
  advance(minutes: number): void {
    this.#offsetMs += minutes * 60_000;
  }
}

/** The rules' environment in a test. */
export interface TestEnv extends DomainEnv {
  readonly tickets: MemoryTicketRepository;
  readonly clock: TestClock;
}

/** A fresh repository, clock and options. */
export function testContext(options: Partial<RuleOptions> = {}): TestEnv {
  const resolved = { ...defaultRuleOptions, ...options };
  return {
    tickets: new MemoryTicketRepository(resolved),
    clock: new TestClock(),
    options: resolved,
    directory: demoDirectory,
    replyKey: newReplyKey(),
  };
}

/** A learner's ticket body; override what the test is about. */
export function ticketInput(overrides: Partial<NewTicketInput> = {}): NewTicketInput {
  return {
    topicId: 'sign-in',
    origin: 'opin',
    language: 'fi',
    subject: 'En pääse kirjautumaan',
    description: 'Kirjautuminen päättyy virheeseen.',
    contact: { email: 'maija@example.fi', name: 'Maija' },
    ...overrides,
  };
}

/** Files a ticket and returns it as stored (the repository changes it in place). */
export async function fileTestTicket(
  env: DomainEnv,
  overrides: Partial<NewTicketInput> = {},
): Promise<StoredTicket> {
  return (await fileTicket(env, planTicket(env.directory, ticketInput(overrides)))).ticket;
}

/** Runs `rule` on the ticket in one change, as a host does. */
export function act<T>(env: DomainEnv, ticket: StoredTicket, rule: Rule<T>): Promise<T> {
  return changeTicket(env, ticket.id, rule);
}

/** What the outbox helpers read: an environment on the in-memory repository (a test's, the mock's). */
export interface InMemoryEnv {
  readonly tickets: MemoryTicketRepository;
}

/** Every e-mail in the outbox, oldest first. */
export function outboxOf(env: InMemoryEnv): OutboxEmail[] {
  return env.tickets.recordStore.outbox;
}

/**
 * The subject of the newest e-mail to `deskEmail` about the ticket, with the reply tag
 * (`[<reference> #<token>]`) made for that desk: what the desk's mailbox holds.
 */
export function mailedSubject(env: InMemoryEnv, ticketId: string, deskEmail: string): string {
  const mail = outboxOf(env).findLast(
    (email) => email.ticketId === ticketId && email.to === deskEmail,
  );
  if (!mail) throw new Error(`No e-mail to ${deskEmail} about ${ticketId}.`);
  return mail.subject;
}

/**
 * `Re: ` and the subject of the newest e-mail to `deskEmail` about the ticket: what a desk's reply
 * carries, with the reply tag the inbound bridge checks.
 */
export function replySubject(env: InMemoryEnv, ticketId: string, deskEmail: string): string {
  return `Re: ${mailedSubject(env, ticketId, deskEmail)}`;
}

/** The current server time as a string. */
export function now(env: DomainEnv): string {
  return env.clock.nowIso();
}

/** What a refusal carries. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** Calls `action` and returns what it threw (fails the test if it did not throw). */
export function thrown(action: () => unknown): Refusal {
  try {
    action();
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('Expected the action to be refused, but it succeeded.');
}

/** Awaits `action` and returns what it rejected with (fails the test if it did not). */
export async function rejected(action: () => Promise<unknown>): Promise<Refusal> {
  try {
    await action();
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('Expected the action to be refused, but it succeeded.');
}

/** Runs `rule` on the ticket in one change and returns its refusal (nothing is saved). */
export function refused(
  env: DomainEnv,
  ticket: StoredTicket,
  rule: Rule<unknown>,
): Promise<Refusal> {
  return rejected(() => act(env, ticket, rule));
}

/** An e-mail desk's reply as the e-mail bridge hands it over, with `desk`'s key. */
export function receiveDeskEmail(
  env: DomainEnv,
  desk: string,
  email: InboundEmail,
): Promise<InboundResult> {
  return receiveEmail(env, email, desk);
}
