/**
 * `desk_event_counters`: each desk's last event `seq`. A change that writes events for a desk
 * raises its row (`../../repository/desk-event-rows.ts`); the row lock, held to the commit, makes
 * one desk's events commit in `seq` order. Retention never touches it, so seqs never restart.
 * @internal
 */
import type { ColumnType } from 'kysely';

/** The `desk_event_counters` table. */
export interface DeskEventCountersTable {
  desk_id: string;
  /** The desk's newest `seq` (a `bigint`: read as a string). */
  last_seq: ColumnType<string, number, number>;
}
