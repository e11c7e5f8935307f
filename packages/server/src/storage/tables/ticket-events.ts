/**
 * `ticket_events`: the ticket's timeline, one row per entry, numbered from 0 per ticket. Append-only:
 * a trigger rejects every UPDATE and DELETE (`migrations/0003-ticket-events.ts`).
 * @internal
 */
import type { TimelineEvent } from '@opin/support-sdk/schemas';
import type { Json } from './json.js';

/** The `ticket_events` table. */
export interface TicketEventsTable {
  ticket_id: string;
  /** The entry's place in the timeline (0 first): the timeline's length before it was appended. */
  seq: number;
  /** The entry as the contract has it. */
  event: Json<TimelineEvent>;
}
