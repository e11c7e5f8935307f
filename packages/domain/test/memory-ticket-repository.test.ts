import { MemoryTicketRepository } from '../src/memory/memory-ticket-repository.js';
import { defaultRuleOptions } from '../src/rule-options.js';
import { describeTicketRepository } from './support/repository-contract.js';

describeTicketRepository('MemoryTicketRepository', () => {
  const tickets = new MemoryTicketRepository(defaultRuleOptions);
  return {
    tickets,
    outboxAbout: (ticketId) =>
      Promise.resolve(tickets.recordStore.outbox.filter((email) => email.ticketId === ticketId)),
  };
});
