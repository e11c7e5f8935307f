/**
 * Paging of the list endpoints (`GET /desk/queue`, `GET /_mock/outbox`), docs/design/api.md,
 * "Paging". `?limit=` (1–500, default 100) bounds a page; the next page is named in the
 * `X-Next-Cursor` header, absent on the last page, and asked for with `?cursor=`. The body stays
 * the plain JSON array it always was, so a client that knows nothing of paging reads the first
 * page. A cursor is the key of the last item of its page; the next page starts after that item in
 * the list's fixed order (the order items were stored in, which only ever appends), so items added
 * between page requests land on a later page: nothing is skipped or repeated.
 * @internal
 */
import { validationFailed } from '../domain/errors.js';

/** Items on a page when `?limit=` is left out. */
export const DEFAULT_PAGE_LIMIT = 100;
/** The most items one page holds. */
export const MAX_PAGE_LIMIT = 500;
/** The response header naming the next page's cursor. */
export const NEXT_CURSOR_HEADER = 'X-Next-Cursor';

/** What a list request asks for. */
export interface PageRequest {
  limit: number;
  /** The cursor of the page before, if any. */
  cursor: string | undefined;
}

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

/** One page of a list, and the cursor of the next page if there is more. */
export interface Page<T> {
  items: T[];
  next: string | undefined;
}

/**
 * The page `request` asks for: the items of `ordered` that `keep` accepts, from just after the item
 * whose `key` is the cursor. The cursor item need not be kept any more (a ticket that left the
 * queue still marks the place); a cursor naming no stored item is refused (400), e.g. after a reset.
 */
export function pageOf<T>(
  ordered: readonly T[],
  keep: (item: T) => boolean,
  key: (item: T) => string,
  request: PageRequest,
): Page<T> {
  let start = 0;
  if (request.cursor !== undefined) {
    const at = ordered.findIndex((item) => key(item) === request.cursor);
    if (at < 0) {
      throw validationFailed('cursor names no page of this list; start from the first page.', [
        'cursor',
      ]);
    }
    start = at + 1;
  }
  const items: T[] = [];
  for (let i = start; i < ordered.length; i += 1) {
    const item = ordered[i] as T;
    if (!keep(item)) continue;
    if (items.length === request.limit) {
      return { items, next: key(items[items.length - 1] as T) };
    }
    items.push(item);
  }
  return { items, next: undefined };
}

/** The headers of a page's answer: `X-Next-Cursor` when there is a next page. */
export function pageHeaders(page: Page<unknown>): Record<string, string> {
  return page.next === undefined ? {} : { [NEXT_CURSOR_HEADER]: page.next };
}
