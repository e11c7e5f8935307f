/**
 * Paging of the list endpoints over HTTP (the paging itself is the domain's `pageOf`) (`GET /desk/queue`, `GET /_mock/outbox`), docs/design/api.md,
 * "Paging". `?limit=` (1–500, default 100) bounds a page; the next page is named in the
 * `X-Next-Cursor` header, absent on the last page, and asked for with `?cursor=`. The body stays
 * the plain JSON array it always was, so a client that knows nothing of paging reads the first
 * page. A cursor is the key of the last item of its page; the next page starts after that item in
 * the list's fixed order (the order items were stored in, which only ever appends), so items added
 * between page requests land on a later page: nothing is skipped or repeated.
 * @internal
 */
import { type Page, type PageRequest, validationFailed } from '@opin/support-domain';

/** Items on a page when `?limit=` is left out. */
export const DEFAULT_PAGE_LIMIT = 100;
/** The most items one page holds. */
export const MAX_PAGE_LIMIT = 500;
/** The response header naming the next page's cursor. */
export const NEXT_CURSOR_HEADER = 'X-Next-Cursor';

/** Reads `?limit=` and `?cursor=`; 400 `validation_failed` for a bad one. */
export function pageRequest(query: URLSearchParams): PageRequest {
  const limitText = query.get('limit');
  let limit = DEFAULT_PAGE_LIMIT;
  if (limitText !== null) {
    limit = /^[1-9]\d{0,5}$/.test(limitText) ? Number(limitText) : 0;
    if (limit < 1 || limit > MAX_PAGE_LIMIT) {
      throw validationFailed(`limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}.`, [
        'limit',
      ]);
    }
  }
  const cursor = query.get('cursor') ?? undefined;
  if (cursor === '') throw validationFailed('cursor must not be empty.', ['cursor']);
  return { limit, cursor };
}

/** The headers of a page's answer: `X-Next-Cursor` when there is a next page. */
export function pageHeaders(page: Page<unknown>): Record<string, string> {
  return page.next === undefined ? {} : { [NEXT_CURSOR_HEADER]: page.next };
}
