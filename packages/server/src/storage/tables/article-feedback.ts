/**
 * `article_feedback`: how often readers found each self-help article helpful or not. Counts only:
 * who answered is not kept.
 * @internal
 */
import type { Generated } from 'kysely';

/** The `article_feedback` table. */
export interface ArticleFeedbackTable {
  article_id: string;
  helpful: Generated<number>;
  not_helpful: Generated<number>;
}
