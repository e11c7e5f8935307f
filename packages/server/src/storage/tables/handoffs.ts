/**
 * `handoffs`: every hand-off of every ticket, oldest first. A hand-off is open while it still
 * binds the ticket: pending, or an accepted consult not yet answered (the domain's
 * `isHandoffOpen`). A partial unique index allows at most one open hand-off per ticket
 * (`migrations/0005-handoffs.ts`).
 * @internal
 */
import type { Generated } from 'kysely';
import type { HandoffMode, HandoffState } from '@opin/support-sdk/schemas';
import type { Timestamp } from './timestamps.js';

/** The `handoffs` table. */
export interface HandoffsTable {
  id: Generated<string>;
  ticket_id: string;
  from_desk: string;
  to_desk: string;
  mode: HandoffMode;
  state: HandoffState;
  requested_at: Timestamp;
  responded_at: Timestamp | null;
  /** When the assisting desk's answer reached the owner (consult only). */
  answered_at: Timestamp | null;
}
