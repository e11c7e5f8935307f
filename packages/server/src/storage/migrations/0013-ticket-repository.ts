/**
 * What the ticket repository (`../../repository/`) needs beyond the tables: the filing order of
 * tickets (the desk queues page by it), the outbox e-mail's own id (`mail-12`), and one sequence
 * per kind of record id (`evt`, `msg`, `note`, `mail`), so ids are unique across instances.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `alter table tickets add column filed bigint generated always as identity`,
    `create unique index tickets_filed on tickets (filed)`,
    `alter table outbox add column email_id text`,
    `create sequence record_ids_evt`,
    `create sequence record_ids_msg`,
    `create sequence record_ids_note`,
    `create sequence record_ids_mail`,
  ]);
}
