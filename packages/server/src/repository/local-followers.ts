/**
 * The followers of each ticket in this process. A ticket is told at most once per version and
 * never an older version than it was last told, whatever order the notifications arrive in.
 * @internal
 */
import type { StoredTicket, TicketFollower } from '@opin/support-domain';

/** Followers by ticket id. */
export class LocalFollowers {
  readonly #byTicket = new Map<string, { followers: Set<TicketFollower>; told: number }>();

  /** Follows one ticket; returns the function that stops following. */
  add(ticketId: string, follower: TicketFollower): () => void {
    let entry = this.#byTicket.get(ticketId);
    if (!entry) {
      entry = { followers: new Set(), told: 0 };
      this.#byTicket.set(ticketId, entry);
    }
    entry.followers.add(follower);
    return () => {
      const current = this.#byTicket.get(ticketId);
      current?.followers.delete(follower);
      if (current?.followers.size === 0) this.#byTicket.delete(ticketId);
    };
  }

  /** Whether anyone here follows the ticket. */
  has(ticketId: string): boolean {
    return this.#byTicket.has(ticketId);
  }

  /** The tickets someone here follows. */
  ticketIds(): string[] {
    return [...this.#byTicket.keys()];
  }

  /** Tells the ticket's followers of it as saved, unless they heard of this version or a later one. */
  changed(ticket: StoredTicket): void {
    const entry = this.#byTicket.get(ticket.id);
    if (!entry || ticket.version <= entry.told) return;
    entry.told = ticket.version;
    for (const follower of [...entry.followers]) follower.changed(ticket);
  }

  /** Ends every follower of every ticket. */
  endAll(): void {
    const all = [...this.#byTicket.values()].flatMap((entry) => [...entry.followers]);
    this.#byTicket.clear();
    for (const follower of all) follower.ended();
  }
}
