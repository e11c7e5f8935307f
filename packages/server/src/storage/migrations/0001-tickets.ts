/**
 * `tickets` (`../tables/tickets.ts`). The version starts at 1 and only grows by one.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table tickets (
      id text primary key,
      version integer not null check (version >= 1),
      language text not null,
      topic_id text not null,
      institution_id text,
      origin text not null,
      subject text not null,
      description text not null,
      contact jsonb not null,
      status text not null
        check (status in ('received', 'in_progress', 'waiting_for_learner', 'resolved', 'closed')),
      owner text not null,
      plan jsonb not null,
      assisting text,
      desks jsonb not null,
      planned_handoff jsonb,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      resolved_at timestamptz,
      token_hash text not null,
      reply_tokens jsonb not null default '{}'::jsonb,
      access_ended jsonb not null default '[]'::jsonb
    )`,
    // The desk queues: a desk's tickets, newest change first.
    `create index tickets_owner_updated on tickets (owner, updated_at desc)`,
  ]);
}
