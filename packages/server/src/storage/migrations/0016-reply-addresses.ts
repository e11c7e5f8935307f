/**
 * Reply addresses (`@opin/support-domain`, `email/reply-tag.ts`): the one reply key every instance
 * makes reply tags with (`reply_key`, one row, made once: `../../mail/reply-key-store.ts`), the
 * Reply-To of each e-mail in the outbox, and no more tokens stored per ticket (a tag is an HMAC now).
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table reply_key (
      id smallint primary key check (id = 1),
      secret bytea not null check (octet_length(secret) = 32),
      created_at timestamptz not null default now()
    )`,
    `alter table outbox add column reply_to text`,
    `alter table tickets drop column reply_tokens`,
  ]);
}
