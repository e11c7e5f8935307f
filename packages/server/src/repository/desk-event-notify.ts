/**
 * The notice of desk events saved: `NOTIFY desk_event, '<desk>:<seq>'`, one per desk a change wrote
 * events for, with the newest `seq` it wrote. Like the ticket's notice (`./ticket-notify.ts`) it is
 * queued with `pg_notify` inside the change's transaction, and delivered only if that commits.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database.js';

/** The channel every instance listens on for desk events. */
export const deskEventsChannel = 'desk_event';

/** Events saved for a desk, up to `seq`. */
export interface DeskEventNotice {
  desk: string;
  seq: number;
}

/** Queues the notice in the transaction `trx`; it is sent when `trx` commits. */
export async function notifyDeskEvent(
  trx: Kysely<Database>,
  notice: DeskEventNotice,
): Promise<void> {
  await sql`select pg_notify(${deskEventsChannel}, ${`${notice.desk}:${notice.seq}`})`.execute(trx);
}

/** The notice in a payload, or `undefined` for one not of this form. */
export function parseDeskEventNotice(payload: string): DeskEventNotice | undefined {
  const colon = payload.lastIndexOf(':');
  const seq = Number(payload.slice(colon + 1));
  if (colon <= 0 || !Number.isSafeInteger(seq) || seq < 1) return undefined;
  return { desk: payload.slice(0, colon), seq };
}
