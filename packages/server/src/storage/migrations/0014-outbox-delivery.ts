/**
 * What delivering the outbox over SMTP needs (`../../mail/`): when a pending e-mail may be tried
 * next (`next_attempt_at`, later after each failure), until when an instance's claim on it lasts
 * (`claimed_until`: another instance tries it only after that, should the first have died), and
 * what the last attempt failed with (`failure`: an SMTP reply code or an error code, never the
 * server's text, which may name the recipient).
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `alter table outbox add column next_attempt_at timestamptz not null default now()`,
    `alter table outbox add column claimed_until timestamptz`,
    `alter table outbox add column failure text`,
    `create index outbox_due on outbox (next_attempt_at, id) where state = 'pending'`,
  ]);
}
