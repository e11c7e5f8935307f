/**
 * The ticket's timer row (`timers`): when the clock next changes it (`nextClockTime`), written in
 * the transaction of the change that set that time, deleted when there is none. Its kind says
 * which rule makes it due: a pending hand-off's acknowledgement window, or the auto-close.
 * @internal
 */
import type { Kysely } from 'kysely';
import {
  handoffExpiresAt,
  nextClockTime,
  type RuleOptions,
  type StoredTicket,
} from '@opin/support-domain';
import type { Database } from '../storage/database.js';

/** The options the clock reads. */
export type ClockOptions = Pick<RuleOptions, 'ackWindowMinutes'>;

/** Sets the ticket's timer to its next clock time, if that moved from `loadedAt`. */
export async function saveTimer(
  trx: Kysely<Database>,
  ticket: StoredTicket,
  options: ClockOptions,
  loadedAt: string | null,
): Promise<void> {
  const dueAt = nextClockTime(ticket, options);
  if (dueAt === loadedAt) return;
  await trx.deleteFrom('timers').where('ticket_id', '=', ticket.id).execute();
  if (dueAt === null) return;
  const ack = handoffExpiresAt(ticket, options);
  await trx
    .insertInto('timers')
    .values({
      ticket_id: ticket.id,
      kind:
        ack !== undefined && new Date(ack).toISOString() === dueAt ? 'handoff_ack' : 'auto_close',
      due_at: dueAt,
    })
    .execute();
}
