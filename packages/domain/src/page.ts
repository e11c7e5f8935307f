/**
 * A page of a list in its fixed order (docs/design/api.md, "Paging"): the desk queue, the outbox.
 * A cursor is the key of the last item of its page; the next page starts after that item in the
 * order items were stored in, which only ever appends, so items added between page requests land on
 * a later page: nothing is skipped or repeated.
 * @internal
 */
import { validationFailed } from './errors.js';

/** What a list request asks for. */
export interface PageRequest {
  limit: number;
  /** The cursor of the page before, if any. */
  cursor: string | undefined;
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
  ordered: Iterable<T>,
  keep: (item: T) => boolean,
  key: (item: T) => string,
  request: PageRequest,
): Page<T> {
  let started = request.cursor === undefined;
  const items: T[] = [];
  for (const item of ordered) {
    if (!started) {
      started = key(item) === request.cursor;
      continue;
    }
    if (!keep(item)) continue;
    if (items.length === request.limit) {
      return { items, next: key(items[items.length - 1] as T) };
    }
    items.push(item);
  }
  if (!started) {
    throw validationFailed('cursor names no page of this list; start from the first page.', [
      'cursor',
    ]);
  }
  return { items, next: undefined };
}
