/**
 * `idempotency_keys` (`../tables/idempotency-keys.ts`): one row per client and hashed key.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table idempotency_keys (
      client text not null,
      key_hash text not null,
      request_hash text not null,
      response jsonb,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (client, key_hash)
    )`,
    `create index idempotency_keys_expiry on idempotency_keys (expires_at)`,
  ]);
}
