/**
 * `efecte_sync`: for each Efecte-connected desk, how far its connector has applied the desk's
 * event log to Efecte (`last_seq`) and up to when it has polled Efecte for changed cards
 * (`polled_until`). Written only by the connector (`../../efecte/efecte-store.ts`).
 * @internal
 */
import type { ColumnType } from 'kysely';
import type { TimestampDefaultNow } from './timestamps.js';

/** The `efecte_sync` table. */
export interface EfecteSyncTable {
  desk_id: string;
  /** The last `seq` applied (a `bigint`: read as a string). */
  last_seq: ColumnType<string, number | undefined, number>;
  polled_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_at: TimestampDefaultNow;
}
