/**
 * `timers`: what the clock will do to a ticket, and when. Any instance claims due rows with
 * `FOR UPDATE SKIP LOCKED` (`../timers.ts`), so each fires once.
 * @internal
 */
import type { Generated } from 'kysely';
import type { Timestamp } from './timestamps.js';

/** What a timer does when it is due. */
export type TimerKind = 'handoff_ack' | 'auto_close';

/** The `timers` table. */
export interface TimersTable {
  id: Generated<string>;
  ticket_id: string;
  kind: TimerKind;
  due_at: Timestamp;
}
