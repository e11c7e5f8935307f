import * as z from 'zod/mini';
import { deskIdSchema, localeSchema, slugSchema } from './common.js';

/** A link inside an article; only `https:` URLs are valid. */
export const articleLinkSchema = z.object({
  label: z.string(),
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'Only https: links are allowed.')),
});
/** A link inside an article, as {@link articleLinkSchema} parses it. */
export type ArticleLink = z.infer<typeof articleLinkSchema>;

/**
 * A self-help article (`GET /articles`). `body` is plain text, paragraphs separated by a blank
 * line; it is never HTML. When the requested locale is missing, `locale` is the fallback shown.
 */
export const articleSchema = z.object({
  id: slugSchema,
  locale: localeSchema,
  availableLocales: z.array(localeSchema),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  links: z.optional(z.array(articleLinkSchema)),
  topicIds: z.array(slugSchema),
  institutionId: z.optional(deskIdSchema),
});
/** A self-help article, as {@link articleSchema} parses it. */
export type Article = z.infer<typeof articleSchema>;
