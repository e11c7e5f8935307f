/**
 * What every handler of one mock API instance shares with the rules: its tickets and records in
 * memory, its clock, its options and the demo config's directory. Handlers get the HTTP layer's own state beside it
 * (`./http/context.ts`).
 * @internal
 */
import type { DomainEnv, MemoryTicketRepository } from '@opin/support-domain';
import type { MockClock } from './clock.js';
import type { ResolvedMockApiOptions } from './options.js';

/** Repository, clock, options and directory of one mock API instance. */
export interface MockContext extends DomainEnv {
  readonly tickets: MemoryTicketRepository;
  readonly clock: MockClock;
  readonly options: ResolvedMockApiOptions;
}
