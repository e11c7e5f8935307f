/**
 * Which requests are the API's: a URL no longer than 8,192 characters, whose path starts with the
 * base path itself (`/api/v1` by default, on any origin) — not merely ends with it, as msw's
 * `*` pattern would allow (`/x/api/v1/…`). Requests that are not the API's get no answer from
 * the handlers (msw passes them on; the Node server answers its own 404).
 * @internal
 */
import { ApiError } from '@opin/support-domain';

/** Longest URL (scheme, host, path and query) the API takes; longer → 414. */
export const MAX_URL_LENGTH = 8_192;

/** Where the API lives: a path prefix, on one origin or (`undefined`) any. */
interface BaseLocation {
  origin: string | undefined;
  pathname: string;
}

const parsedBases = new Map<string, BaseLocation>();

/**
 * The location of a base path: `*` followed by a path (any origin), a path, or an absolute URL.
 * Throws a RangeError for anything else.
 */
export function baseLocation(basePath: string): BaseLocation {
  let location = parsedBases.get(basePath);
  if (location) return location;
  if (/^\*?\/[^*]*$/.test(basePath)) {
    location = { origin: undefined, pathname: basePath.replace(/^\*/, '') };
  } else {
    let url: URL | undefined;
    try {
      url = basePath.includes('*') ? undefined : new URL(basePath);
    } catch {
      url = undefined;
    }
    if (!url) {
      throw new RangeError(
        `basePath must be a path ("/api/v1"), "*" and a path, or a URL, not "${basePath}".`,
      );
    }
    location = { origin: url.origin, pathname: url.pathname.replace(/\/+$/, '') };
  }
  parsedBases.set(basePath, location);
  return location;
}

/** Whether the request's URL lies under the base path (anchored at the start of its path). */
export function isUnderBase(basePath: string, request: Request): boolean {
  const { origin, pathname } = baseLocation(basePath);
  const url = new URL(request.url);
  if (origin !== undefined && url.origin !== origin) return false;
  return url.pathname === pathname || url.pathname.startsWith(`${pathname}/`);
}

/** 414 `uri_too_long`. */
export function uriTooLong(): ApiError {
  return new ApiError(414, 'uri_too_long', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
}
