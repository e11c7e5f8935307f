/**
 * What every handler of one mock API instance shares: the domain's context and the HTTP layer's
 * own state.
 * @internal
 */
import type { MockContext } from '../domain/context.js';
import type { HttpState } from './state.js';

/** Store, clock and options (what the domain rules get), plus the HTTP state. */
export interface HttpContext extends MockContext {
  readonly http: HttpState;
}
