/**
 * The first handler: refuses a URL that is too long (414) before msw tries to match it against
 * the other handlers' paths, which it cannot do past 8,192 characters (it throws).
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { http, type HttpHandler } from 'msw';
import { responseForError } from '../http/errors.js';
import { isUnderBase, MAX_URL_LENGTH, uriTooLong } from '../http/request-target.js';

/** A RegExp path: msw matches those on URLs of any length. */
const anyUrl = /^/;

/** 414 for a URL under the base that is too long; anything else goes on to the next handler. */
export function gateHandler(ctx: ApiContext): HttpHandler {
  return http.all(anyUrl, ({ request }) => {
    if (request.url.length <= MAX_URL_LENGTH) return undefined;
    return isUnderBase(ctx.options.basePath, request)
      ? responseForError(uriTooLong(), ctx.reportError)
      : undefined;
  });
}
