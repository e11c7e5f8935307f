/**
 * `article_feedback` (`../tables/article-feedback.ts`): one row per article, counts never negative.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table article_feedback (
      article_id text primary key,
      helpful integer not null default 0 check (helpful >= 0),
      not_helpful integer not null default 0 check (not_helpful >= 0)
    )`,
  ]);
}
