/**
 * How a `timestamptz` column reads and writes: both drivers (pg and PGlite) read it as a `Date`;
 * a write takes a `Date` or an ISO 8601 string.
 * @internal
 */
import type { ColumnType } from 'kysely';

/** A `timestamptz` column. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A `timestamptz` column with a default of `now()`: optional on insert. */
export type TimestampDefaultNow = ColumnType<Date, Date | string | undefined, Date | string>;

/** A column the database fills (identity or default) and nobody changes afterwards. */
export type GeneratedNever<T> = ColumnType<T, never, never>;
