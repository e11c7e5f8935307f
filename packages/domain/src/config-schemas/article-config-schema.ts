/**
 * A self-help article as a config holds it: the contract's article (`GET /articles`, the SDK's
 * `articleSchema`) with a text per language it exists in, instead of one localized view.
 * @internal
 */
import { articleSchema, localeSchema } from '@opin/support-sdk/schemas';
import * as z from 'zod/mini';

/** One language version of an article: `body` is plain text, paragraphs split by a blank line. */
export const articleTextConfigSchema = z.strictObject({
  title: articleSchema.shape.title.check(z.minLength(1, 'Must not be empty.')),
  summary: articleSchema.shape.summary,
  body: articleSchema.shape.body.check(z.minLength(1, 'Must not be empty.')),
  links: articleSchema.shape.links,
});

/** One article of a config: at least one topic and at least one language. */
export const articleConfigSchema = z.strictObject({
  id: articleSchema.shape.id,
  topicIds: articleSchema.shape.topicIds.check(z.minLength(1, 'Needs at least one topic.')),
  institutionId: articleSchema.shape.institutionId,
  translations: z
    .partialRecord(localeSchema, articleTextConfigSchema)
    .check(
      z.refine(
        (translations) => Object.keys(translations).length > 0,
        'Needs a text in at least one language.',
      ),
    ),
});
