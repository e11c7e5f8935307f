/**
 * CORS preflight for every path under the base (for `/_mock/*` only from allowed origins), and a JSON 404
 * for anything no handler matched under the base.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { http, type HttpHandler } from 'msw';
import { controlAccess } from '../http/control-origin.js';
import { preflightResponse } from '../http/cors.js';
import { errorResponse } from '../http/errors.js';
import { isUnderBase } from '../http/request-target.js';
import { controlResponse, crossOriginRefused, isMockControlPath } from './control-endpoints.js';

/** Only requests under the base path itself get an answer; msw passes the others on. */
function underBase(ctx: ApiContext, answer: (request: Request) => Response) {
  return ({ request }: { request: Request }) =>
    isUnderBase(ctx.options.basePath, request) ? answer(request) : undefined;
}

/**
 * Preflight handlers; they go first. The mock's `/_mock/*` endpoints grant an origin they do not
 * allow nothing: 403 without CORS headers, so the browser refuses the request.
 */
export function preflightHandlers(ctx: ApiContext): HttpHandler[] {
  const base = ctx.options.basePath;
  const preflight = underBase(ctx, (request) => {
    if (!isMockControlPath(ctx, request)) return preflightResponse();
    const access = controlAccess(ctx.options.mockControlOrigins, request);
    return access.allowed ? controlResponse(preflightResponse(), access) : crossOriginRefused();
  });
  return [http.options(base, preflight), http.options(`${base}/*`, preflight)];
}

/** 404 handlers for unknown paths and methods; they go last. */
export function notFoundHandlers(ctx: ApiContext): HttpHandler[] {
  const base = ctx.options.basePath;
  const notFound = underBase(ctx, (request) =>
    errorResponse(
      404,
      'not_found',
      `No endpoint ${request.method} ${new URL(request.url).pathname}.`,
    ),
  );
  return [http.all(base, notFound), http.all(`${base}/*`, notFound)];
}
