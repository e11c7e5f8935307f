/**
 * `desk_keys` (`../tables/desk-keys.ts`): hashed desk credentials, the hash unique.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table desk_keys (
      id text primary key,
      desk_id text not null,
      key_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`,
  ]);
}
