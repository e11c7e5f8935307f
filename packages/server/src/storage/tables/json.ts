/**
 * How a `jsonb` column reads and writes. pg and PGlite both parse `jsonb` when they read it; a
 * write must send JSON text (pg would send a JavaScript array as a PostgreSQL array), so the
 * insert and update types are `string`: write `JSON.stringify(value)`, or use {@link jsonb}.
 * @internal
 */
import type { ColumnType } from 'kysely';

/** A `jsonb` column holding `T`. */
export type Json<T> = ColumnType<T, string, string>;

/** A `jsonb` column holding `T`, with a default: optional on insert. */
export type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;

/** `value` as a `jsonb` column takes it. */
export function jsonb(value: unknown): string {
  return JSON.stringify(value);
}
