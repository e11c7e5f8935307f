/**
 * What counts as a new reply: the newest message of a ticket this browser knows was written by a
 * desk, and the learner has not seen it in the ticket view (`TicketStore.markSeen`). The start
 * step's ticket card and the launcher's badge both ask this.
 * @internal
 */
import type { Ticket } from '@opin/support-sdk';
import type { StoredTicket } from './ticket-store.js';

/** A remembered ticket and what the server says of it now. */
export interface KnownTicket {
  entry: StoredTicket;
  ticket: Ticket;
}

/** The desk that wrote the newest message the learner has not seen, if a desk did. */
export function unseenReplyFrom({ entry, ticket }: KnownTicket): string | null {
  const newest = ticket.messages.at(-1);
  if (ticket.messages.length <= (entry.seenMessages ?? 0)) return null;
  return newest?.author.kind === 'desk' ? newest.author.desk : null;
}
