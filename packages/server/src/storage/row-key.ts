/**
 * PostgreSQL's `text` cannot hold U+0000: a query that compares a column with a value carrying it
 * fails (`invalid byte sequence`) instead of matching nothing. A key from a request (a ticket id
 * in a path, a cursor, a filter) is checked here first, so such a key names no row, as it names
 * none in the mock, and the request gets its documented answer rather than a 500.
 * @internal
 */

/** Whether `key` can name a row at all (it has no U+0000). */
export function canNameRow(key: string): boolean {
  return !key.includes('\u0000');
}
