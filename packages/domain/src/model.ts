/**
 * The ticket as it is stored (the aggregate every rule works on): everything both views need, plus what neither shows
 * (the learner token's hash, when it was resolved, whether a consult was answered).
 * @internal
 */
import type {
  Contact,
  Handoff,
  InternalNote,
  Locale,
  Message,
  PlannedHandoff,
  TicketPlan,
  TicketStatus,
  TimelineEvent,
} from '@opin/support-sdk/schemas';

/** A hand-off as stored: the public fields plus when a consult's answer arrived. */
export interface StoredHandoff extends Handoff {
  /** Set when the assisting desk's answer reached the owner (consult only). */
  answeredAt?: string;
}

/** A desk involved in a ticket and when information from it last arrived. */
export interface StoredTicketDesk {
  id: string;
  lastSyncAt: string | null;
}

/** A ticket with all its history. */
export interface StoredTicket {
  id: string;
  version: number;
  language: Locale;
  topicId: string;
  institutionId: string | null;
  origin: string;
  subject: string;
  description: string;
  contact: Contact;
  status: TicketStatus;
  owner: string;
  /** Who will answer the learner and by when; changed only by `plan.ts`. */
  plan: TicketPlan;
  assisting: string | null;
  handoff: StoredHandoff | null;
  /** Involved desks in the order they became involved: origin first. */
  desks: StoredTicketDesk[];
  timeline: TimelineEvent[];
  messages: Message[];
  internalNotes: InternalNote[];
  plannedHandoff: PlannedHandoff | null;
  createdAt: string;
  updatedAt: string;
  /** When the ticket was last resolved; `null` unless its status is `resolved` or `closed`. */
  resolvedAt: string | null;
  /** SHA-256 (hex) of the learner's access token; the token itself is never stored. */
  tokenHash: string;
  /**
   * Desks whose only part was a hand-off that returned (declined or expired): they no longer read
   * the ticket (`desk-access.ts`, least privilege); a new hand-off to one lets it read again.
   */
  accessEnded: string[];
}

/** Whether a hand-off still binds the ticket: pending, or an accepted consult not yet answered. */
export function isHandoffOpen(handoff: StoredHandoff | null): boolean {
  if (handoff === null) return false;
  if (handoff.state === 'pending') return true;
  return (
    handoff.mode === 'consult' && handoff.state === 'accepted' && handoff.answeredAt === undefined
  );
}
