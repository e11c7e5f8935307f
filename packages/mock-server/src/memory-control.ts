/**
 * The control endpoints' storage side (`/_mock/*`: reset, outbox, stats) over the mock's
 * in-memory repository.
 * @internal
 */
import type { ApiControl } from '@opin/support-http';
import { pageOf, type MemoryTicketRepository } from '@opin/support-domain';

/** Reset, outbox and stats of `tickets`. */
export function memoryControl(tickets: MemoryTicketRepository): ApiControl {
  return {
    reset() {
      tickets.reset();
      return Promise.resolve();
    },
    outbox(filter, page) {
      const to = filter.to?.toLowerCase();
      // Oldest first (the outbox only appends).
      return Promise.resolve(
        pageOf(
          tickets.recordStore.outbox,
          (email) =>
            (to === undefined || email.to.toLowerCase() === to) &&
            (filter.ticketId === undefined || email.ticketId === filter.ticketId),
          (email) => email.id,
          page,
        ),
      );
    },
    stats(deskIds) {
      const ticketsByDesk: Record<string, number> = Object.fromEntries(
        deskIds.map((id) => [id, 0]),
      );
      for (const ticket of tickets.all()) {
        ticketsByDesk[ticket.owner] = (ticketsByDesk[ticket.owner] ?? 0) + 1;
      }
      return Promise.resolve({ tickets: tickets.size, ticketsByDesk });
    },
  };
}
