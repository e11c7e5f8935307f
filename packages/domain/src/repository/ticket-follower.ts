/**
 * Someone following a ticket's changes: the event streams (SSE). A repository tells its followers
 * after a change is saved, never before; a server on PostgreSQL does so from `LISTEN`, so that a
 * change saved by any instance reaches the followers on every instance.
 * @internal
 */
import type { StoredTicket } from '../model.js';

/** A follower of one ticket. */
export interface TicketFollower {
  /** Called after every saved change, with the ticket as saved. */
  changed(ticket: StoredTicket): void;
  /** Called when the ticket is gone (the mock was reset): the follower stops. */
  ended(): void;
}
