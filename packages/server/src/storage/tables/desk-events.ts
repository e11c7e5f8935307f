/**
 * `desk_events`: each desk's event log (docs/design/realtime.md, "Desk events"), one row per event,
 * numbered per desk from 1 by `desk_event_counters` (`./desk-event-counters.ts`). Written in the
 * transaction of the change that made the events (`../../repository/desk-event-rows.ts`); rows are
 * never updated, and deleted only by the retention task (`migrations/0017-desk-events.ts`).
 * Events are thin: ids and state, never personal data.
 * @internal
 */
import type { DeskEventData, DeskEventType } from '@opin/support-sdk/schemas';
import type { ColumnType } from 'kysely';
import type { Json } from './json.js';
import type { GeneratedNever, Timestamp } from './timestamps.js';

/** The `desk_events` table. */
export interface DeskEventsTable {
  desk_id: string;
  /** The event's place in the desk's log, from 1 (a `bigint`: read as a string). */
  seq: ColumnType<string, number, never>;
  /** `<desk_id>:<seq>`. */
  id: string;
  type: DeskEventType;
  ticket_id: string;
  /** The ticket's version after the change. */
  version: number;
  /** When the change happened, as the timeline entry says. */
  at: Timestamp;
  data: Json<DeskEventData>;
  /** When the row was written (the database's clock): what retention goes by. */
  written_at: GeneratedNever<Date>;
}
