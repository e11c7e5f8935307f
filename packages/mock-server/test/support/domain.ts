/**
 * A mock API's context without HTTP: its in-memory repository, clock and options, to file tickets
 * and run rules (`@opin/support-domain`) the way its handlers do.
 */
import {
  changeTicket,
  demoDirectory,
  fileTicket,
  MemoryTicketRepository,
  planTicket,
  type NewTicketInput,
  type Rule,
  type StoredTicket,
} from '@opin/support-domain';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import { MockClock } from '../../src/clock.js';
import type { MockContext } from '../../src/mock-context.js';
import { resolveOptions, type MockApiOptions } from '../../src/options.js';

/** Fresh repository, clock and options. */
export function testContext(options?: MockApiOptions): MockContext {
  const resolved = resolveOptions(options);
  return {
    tickets: new MemoryTicketRepository(resolved),
    clock: new MockClock(),
    options: resolved,
    directory: demoDirectory,
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
  ctx: MockContext,
  overrides: Partial<NewTicketInput> = {},
): Promise<StoredTicket> {
  return (await fileTicket(ctx, planTicket(ctx.directory, ticketInput(overrides)))).ticket;
}

/** Runs `rule` on the ticket in one change, as the handlers do (followers hear of it). */
export function act<T>(ctx: MockContext, ticket: StoredTicket, rule: Rule<T>): Promise<T> {
  return changeTicket(ctx, ticket.id, rule);
}

/** Every e-mail in the outbox, oldest first. */
export function outboxOf(ctx: MockContext): OutboxEmail[] {
  return ctx.tickets.recordStore.outbox;
}

/** The current server time as a string. */
export function now(ctx: MockContext): string {
  return ctx.clock.nowIso();
}

/**
 * The subject of the newest e-mail to `deskEmail` about the ticket, with the reply tag
 * (`[<reference> #<token>]`) made for that desk: what the desk's mailbox holds.
 */
export function mailedSubject(ctx: MockContext, ticketId: string, deskEmail: string): string {
  const mail = outboxOf(ctx).findLast(
    (email) => email.ticketId === ticketId && email.to === deskEmail,
  );
  if (!mail) throw new Error(`No e-mail to ${deskEmail} about ${ticketId}.`);
  return mail.subject;
}
