/** What each handler of the Efecte fake is given. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeUser } from './fake-model.js';
import type { FakeState } from './fake-state.js';

/** One request being answered. */
export interface FakeContext {
  readonly state: FakeState;
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** The full URL, for `ApiException.url` and paging links. */
  readonly url: URL;
  /** The caller, for calls that need a token (everything but login). */
  readonly user: FakeUser;
}
