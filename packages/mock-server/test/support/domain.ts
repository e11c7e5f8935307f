/**
 * A mock API's context as `createMockApi()` builds it, kept at hand: its in-memory repository,
 * clock, options and HTTP state, to file tickets and run rules (`@opin/support-domain`) the way
 * its handlers do, with the rules' own test helpers.
 */
import {
  ApiClock,
  devDeskKeys,
  HttpState,
  MemoryIdempotencyStore,
  noWebhookDeliveries,
  resolveOptions,
  type ApiContext,
} from '@opin/support-http';
import { demoDirectory, MemoryTicketRepository, newReplyKey } from '@opin/support-domain';
import type { MockApiOptions } from '../../src/index.js';
import { logInternalError } from '../../src/log-internal-error.js';
import { memoryControl } from '../../src/memory-control.js';

/** The context of a mock API, with its memory-specific parts typed as such. */
export interface MockTestContext extends ApiContext {
  readonly tickets: MemoryTicketRepository;
  readonly http: HttpState<MemoryIdempotencyStore>;
}

/** Fresh repository, clock, options and HTTP state. */
export function testContext(options?: MockApiOptions): MockTestContext {
  const resolved = resolveOptions(options);
  const tickets = new MemoryTicketRepository(resolved);
  return {
    tickets,
    clock: new ApiClock(),
    options: resolved,
    directory: demoDirectory,
    http: new HttpState(new MemoryIdempotencyStore()),
    deskKeys: devDeskKeys(demoDirectory),
    control: memoryControl(tickets),
    webhookDeliveries: noWebhookDeliveries,
    reportError: logInternalError,
    replyKey: newReplyKey(),
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
