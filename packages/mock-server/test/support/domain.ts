/**
 * Builds a mock API's state without HTTP, to test the domain rules directly.
 */
import { MockClock } from '../../src/clock.js';
import type { MockContext } from '../../src/domain/context.js';
import type { StoredTicket } from '../../src/domain/model.js';
import { MockStore } from '../../src/domain/store.js';
import { fileTicket, planTicket, type NewTicketInput } from '../../src/domain/tickets.js';
import { resolveOptions, type MockApiOptions } from '../../src/options.js';

/** Fresh state, clock and options. */
export function testContext(options?: MockApiOptions): MockContext {
  return { store: new MockStore(), clock: new MockClock(), options: resolveOptions(options) };
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

/** Files a ticket and returns it as stored. */
export async function fileTestTicket(
  ctx: MockContext,
  overrides: Partial<NewTicketInput> = {},
): Promise<StoredTicket> {
  return (await fileTicket(ctx, planTicket(ticketInput(overrides)))).ticket;
}

/**
 * The subject of the newest e-mail to `deskEmail` about the ticket, with the reply tag
 * (`[<reference> #<token>]`) made for that desk: what the desk's mailbox holds.
 */
export function mailedSubject(ctx: MockContext, ticketId: string, deskEmail: string): string {
  const mail = ctx.store.outbox.findLast(
    (email) => email.ticketId === ticketId && email.to === deskEmail,
  );
  if (!mail) throw new Error(`No e-mail to ${deskEmail} about ${ticketId}.`);
  return mail.subject;
}

/**
 * `Re: ` and the subject of the newest e-mail to `deskEmail` about the ticket: what a desk's reply
 * carries, with the reply tag the inbound bridge checks.
 */
export function replySubject(ctx: MockContext, ticketId: string, deskEmail: string): string {
  return `Re: ${mailedSubject(ctx, ticketId, deskEmail)}`;
}

/** The current server time as a string. */
export function now(ctx: MockContext): string {
  return ctx.clock.nowIso();
}

/** Calls `action` and returns what it threw (fails the test if it did not throw). */
export function thrown(action: () => unknown): { status: number; code: string; message: string } {
  try {
    action();
  } catch (error) {
    return error as { status: number; code: string; message: string };
  }
  throw new Error('Expected the action to be refused, but it succeeded.');
}
