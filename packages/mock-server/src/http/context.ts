/**
 * What every handler of one mock API instance shares: the mock's context (repository, clock,
 * options) and the HTTP layer's own state.
 * @internal
 */
import type { MockContext } from '../mock-context.js';
import type { HttpState } from './state.js';

/** Repository, clock and options (what the domain rules get), plus the HTTP state. */
export interface HttpContext extends MockContext {
  readonly http: HttpState;
}
