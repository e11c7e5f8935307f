/**
 * What every domain rule of one mock API instance shares. Handlers get it too, with the HTTP
 * layer's own state beside it (`../http/context.ts`).
 * @internal
 */
import type { MockClock } from '../clock.js';
import type { ResolvedMockApiOptions } from '../options.js';
import type { MockStore } from './store.js';

/** Domain state, clock and options of one mock API instance. */
export interface MockContext {
  readonly store: MockStore;
  readonly clock: MockClock;
  readonly options: ResolvedMockApiOptions;
}
