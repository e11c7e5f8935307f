/**
 * `confirmation_mails` (`../tables/confirmation-mails.ts`): found by mailbox and time, for the
 * rolling hour of the limit.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table confirmation_mails (
      id bigint generated always as identity primary key,
      mailbox_hash text not null check (mailbox_hash ~ '^[0-9a-f]{64}$'),
      sent_at timestamptz not null
    )`,
    `create index confirmation_mails_mailbox on confirmation_mails (mailbox_hash, sent_at)`,
  ]);
}
