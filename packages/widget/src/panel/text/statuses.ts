/**
 * Ticket statuses in plain words.
 * @internal
 */
import { msg } from '@lit/localize';
import type { TicketStatus } from '@opin/support-sdk';

/** The learner-facing name of a status. */
export function statusLabel(status: TicketStatus): string {
  switch (status) {
    case 'received':
      return msg('Received', { desc: 'Ticket status.' });
    case 'in_progress':
      return msg('In progress', { desc: 'Ticket status.' });
    case 'waiting_for_learner':
      return msg('Waiting for your reply', { desc: 'Ticket status.' });
    case 'resolved':
      return msg('Resolved', { desc: 'Ticket status.' });
    case 'closed':
      return msg('Closed', { desc: 'Ticket status.' });
  }
}
