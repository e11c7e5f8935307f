/**
 * Every resolver runs through `route`: due sweeps first, then the handler; any thrown error
 * becomes a JSON error response (documented refusals as such, anything else 500 `internal_error`).
 * @internal
 */
import type { MockContext } from '../domain/context.js';
import { runSweeps } from '../domain/sweeps.js';
import { responseForError } from './errors.js';

/** Path parameters as msw passes them. */
export type RouteParams = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What a route handler receives. */
export interface RouteInfo {
  request: Request;
  params: RouteParams;
}

/** A route handler: returns a response or throws. */
export type RouteHandler = (info: RouteInfo) => Response | Promise<Response>;

/** Wraps a route handler for msw. */
export function route(ctx: MockContext, handler: RouteHandler) {
  return async (info: RouteInfo): Promise<Response> => {
    try {
      runSweeps(ctx);
      return await handler(info);
    } catch (error) {
      return responseForError(error);
    }
  };
}

/** A path parameter as one string (`''` if absent). */
export function param(params: RouteParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}
