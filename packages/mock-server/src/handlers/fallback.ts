/**
 * CORS preflight for every path under the base, and a JSON 404 for anything no handler matched.
 * @internal
 */
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../domain/context.js';
import { preflightResponse } from '../http/cors.js';
import { errorResponse } from '../http/errors.js';

/** Preflight handlers; they go first. */
export function preflightHandlers(ctx: MockContext): HttpHandler[] {
  const base = ctx.options.basePath;
  return [http.options(base, preflightResponse), http.options(`${base}/*`, preflightResponse)];
}

/** 404 handlers for unknown paths and methods; they go last. */
export function notFoundHandlers(ctx: MockContext): HttpHandler[] {
  const base = ctx.options.basePath;
  const notFound = ({ request }: { request: Request }) =>
    errorResponse(
      404,
      'not_found',
      `No endpoint ${request.method} ${new URL(request.url).pathname}.`,
    );
  return [http.all(base, notFound), http.all(`${base}/*`, notFound)];
}
