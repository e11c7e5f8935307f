/**
 * `inbound_emails` (`../tables/inbound-emails.ts`): one row per desk and Message-ID.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table inbound_emails (
      desk_id text not null,
      message_id text not null,
      fingerprint text not null,
      outcome jsonb not null,
      received_at timestamptz not null default now(),
      primary key (desk_id, message_id)
    )`,
  ]);
}
