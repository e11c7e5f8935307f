/**
 * The notice of a saved change: `NOTIFY ticket_changed, '<id>:<version>'`. It is sent with
 * `pg_notify` inside the change's transaction, which PostgreSQL delivers only when (and if) the
 * transaction commits: no listener hears of a change that was not saved.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database.js';

/** The channel every instance listens on. */
export const changesChannel = 'ticket_changed';

/** A saved change: the ticket and its version after it. */
export interface ChangeNotice {
  ticketId: string;
  version: number;
}

/** Queues the notice in the transaction `trx`; it is sent when `trx` commits. */
export async function notifyChange(trx: Kysely<Database>, notice: ChangeNotice): Promise<void> {
  await sql`select pg_notify(${changesChannel}, ${`${notice.ticketId}:${notice.version}`})`.execute(
    trx,
  );
}

/** The notice in a payload, or `undefined` for one not of this form. */
export function parseChangeNotice(payload: string): ChangeNotice | undefined {
  const colon = payload.lastIndexOf(':');
  const version = Number(payload.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(version) || version < 1) return undefined;
  return { ticketId: payload.slice(0, colon), version };
}
