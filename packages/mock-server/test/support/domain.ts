/**
 * A mock API's context without HTTP: its in-memory repository, clock and options, to file tickets
 * and run rules (`@opin/support-domain`) the way its handlers do, with the rules' own test helpers.
 */
import { demoDirectory, MemoryTicketRepository } from '@opin/support-domain';
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

// Filing, running rules and reading the outbox as the rules' own tests do.
export {
  act,
  fileTestTicket,
  mailedSubject,
  now,
  outboxOf,
  ticketInput,
} from '../../../domain/test/support/rules.js';
