/**
 * What every domain rule and handler of one mock API instance shares.
 * @internal
 */
import type { MockClock } from './clock.js';
import type { ResolvedMockApiOptions } from './options.js';
import type { MockStore } from './store.js';

/** State, clock and options of one mock API instance. */
export interface MockContext {
  readonly store: MockStore;
  readonly clock: MockClock;
  readonly options: ResolvedMockApiOptions;
}
