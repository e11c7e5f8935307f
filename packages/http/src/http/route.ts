/**
 * Every resolver runs through `route`: only for requests under the base path; due sweeps first,
 * then the handler; any thrown error
 * becomes a JSON error response (documented refusals as such, anything else 500 `internal_error`).
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { runClock } from '@opin/support-domain';
import { responseForError } from './errors.js';
import { isUnderBase } from './request-target.js';

/** Path parameters as msw passes them. */
export type RouteParams = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What a route handler receives. */
export interface RouteInfo {
  request: Request;
  params: RouteParams;
}

/** A route handler: returns a response or throws. */
export type RouteHandler = (info: RouteInfo) => Response | Promise<Response>;

/**
 * Wraps a route handler for msw. A request whose path does not start with the base path itself
 * (msw's `*` would also match `/x/api/v1/…`) gets no answer: msw passes it on.
 */
export function route(ctx: ApiContext, handler: RouteHandler) {
  return async (info: RouteInfo): Promise<Response | undefined> => {
    if (!isUnderBase(ctx.options.basePath, info.request)) return undefined;
    try {
      await runClock(ctx);
      return await handler(info);
    } catch (error) {
      return responseForError(error, ctx.reportError);
    }
  };
}

/** A path parameter as one string (`''` if absent). */
export function param(params: RouteParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}
