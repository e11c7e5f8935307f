/**
 * `tickets`: one row per ticket, with its scalar fields and the small structures the rules replace
 * whole (plan, desks, planned hand-off). The timeline, messages and internal notes are rows of
 * their own (`ticket_events`, `ticket_messages`), and so is every hand-off (`handoffs`). Mirrors
 * the domain's `StoredTicket` (packages/mock-server/src/domain/model.ts).
 * @internal
 */
import type {
  Contact,
  Locale,
  PlannedHandoff,
  TicketPlan,
  TicketStatus,
} from '@opin/support-sdk/schemas';
import type { Generated } from 'kysely';
import type { Json, JsonWithDefault } from './json.js';
import type { Timestamp } from './timestamps.js';

/** A desk involved in a ticket and when information from it last arrived (as the rules keep it). */
export interface TicketDeskEntry {
  id: string;
  lastSyncAt: string | null;
}

/** The `tickets` table. */
export interface TicketsTable {
  /** The reference shown to the learner, e.g. `OPIN-482019375568`. */
  id: string;
  /** +1 on every change; an update checks the version it loaded (`WHERE version = $old`). */
  version: number;
  language: Locale;
  topic_id: string;
  institution_id: string | null;
  origin: string;
  subject: string;
  description: string;
  /** Personal data: never logged. */
  contact: Json<Contact>;
  status: TicketStatus;
  owner: string;
  plan: Json<TicketPlan>;
  assisting: string | null;
  /** Involved desks, origin first. */
  desks: Json<TicketDeskEntry[]>;
  planned_handoff: Json<PlannedHandoff | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  resolved_at: Timestamp | null;
  /** SHA-256 (hex) of the learner's access token; the token itself is never stored. */
  token_hash: string;
  /** Desks whose only part was a hand-off that returned: they no longer read the ticket. */
  access_ended: JsonWithDefault<string[]>;
  /** The filing order (the desk queues' order), given by the database. */
  filed: Generated<string>;
}
