/**
 * The followers of each ticket, in memory: told after a change is saved, ended on reset.
 * @internal
 */
import type { StoredTicket } from '../model.js';
import type { TicketFollower } from '../repository/ticket-follower.js';

/** Followers by ticket id. */
export class Followers {
  readonly #byTicket = new Map<string, Set<TicketFollower>>();

  /** Follows one ticket; returns the function that stops following. */
  add(ticketId: string, follower: TicketFollower): () => void {
    let set = this.#byTicket.get(ticketId);
    if (!set) {
      set = new Set();
      this.#byTicket.set(ticketId, set);
    }
    set.add(follower);
    return () => {
      const current = this.#byTicket.get(ticketId);
      current?.delete(follower);
      if (current?.size === 0) this.#byTicket.delete(ticketId);
    };
  }

  /** Tells every follower of this ticket that it changed. */
  changed(ticket: StoredTicket): void {
    for (const follower of [...(this.#byTicket.get(ticket.id) ?? [])]) follower.changed(ticket);
  }

  /** Ends every follower of every ticket. */
  endAll(): void {
    const all = [...this.#byTicket.values()].flatMap((set) => [...set]);
    this.#byTicket.clear();
    for (const follower of all) follower.ended();
  }

  /** Followers, over every ticket. */
  get count(): number {
    let count = 0;
    for (const set of this.#byTicket.values()) count += set.size;
    return count;
  }
}
