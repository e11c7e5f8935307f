/**
 * What every handler of one mock API instance shares with the rules: its tickets and records in
 * memory, its clock and its options. Handlers get the HTTP layer's own state beside it
 * (`./http/context.ts`).
 * @internal
 */
import type { DomainEnv, MemoryTicketRepository } from '@opin/support-domain';
import type { MockClock } from './clock.js';
import type { ResolvedMockApiOptions } from './options.js';

/** Repository, clock and options of one mock API instance. */
export interface MockContext extends DomainEnv {
  readonly tickets: MemoryTicketRepository;
  readonly clock: MockClock;
  readonly options: ResolvedMockApiOptions;
}
