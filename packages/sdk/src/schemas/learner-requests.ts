/**
 * Request bodies and queries of the learner endpoints. Kept apart from the response schemas so that
 * a client that only reads responses does not bundle the input rules.
 */
import * as z from 'zod/mini';
import { deskIdSchema, localeSchema, slugSchema } from './common.js';
import { text } from './text.js';

/** The query of `GET /topics`: `?locale=`. */
export const topicsQuerySchema = z.object({ locale: z.optional(localeSchema) });
/** The query of `GET /topics`. */
export type TopicsQuery = z.infer<typeof topicsQuerySchema>;

/** The query of `GET /articles`: `?locale=&q=&topic=&institution=`, all optional. */
export const articlesQuerySchema = z.object({
  locale: z.optional(localeSchema),
  /** Free text; matched against title, summary and body. */
  q: z.optional(text({ min: 0, max: 200 })),
  topic: z.optional(slugSchema),
  institution: z.optional(deskIdSchema),
});
/** The query of `GET /articles`. */
export type ArticlesQuery = z.infer<typeof articlesQuerySchema>;

/** `POST /articles/{id}/feedback`: did the article solve it? */
export const articleFeedbackRequestSchema = z.object({
  helpful: z.boolean(),
  locale: localeSchema,
});
/** The body of `POST /articles/{id}/feedback`: `{ helpful, locale }`. */
export type ArticleFeedbackRequest = z.infer<typeof articleFeedbackRequestSchema>;

/** `POST /routing/preview`: who would receive and answer a ticket, before it is filed. */
export const routingPreviewRequestSchema = z.object({
  topicId: slugSchema,
  institutionId: z.optional(deskIdSchema),
  origin: deskIdSchema,
  language: localeSchema,
});
/** The body of `POST /routing/preview`: `{ topicId, institutionId?, origin, language }`. */
export type RoutingPreviewRequest = z.infer<typeof routingPreviewRequestSchema>;

/** How the learner can be reached. */
export const contactSchema = z.object({
  email: z.email().check(z.maxLength(254)),
  name: z.optional(text({ min: 1, max: 100, singleLine: true })),
});
/** How the learner can be reached: `{ email, name? }`. */
export type Contact = z.infer<typeof contactSchema>;

/** `POST /tickets`. `website` is a honeypot that people leave empty. */
export const createTicketRequestSchema = z.object({
  topicId: slugSchema,
  institutionId: z.optional(deskIdSchema),
  origin: deskIdSchema,
  language: localeSchema,
  subject: text({ min: 1, max: 200, singleLine: true }),
  description: text({ min: 1, max: 10_000 }),
  contact: contactSchema,
  website: z.optional(z.string().check(z.maxLength(2_000))),
});
/** The body of `POST /tickets`, before normalization (see {@link createTicketRequestSchema}). */
export type CreateTicketRequest = z.input<typeof createTicketRequestSchema>;

/** The `Idempotency-Key` header of `POST /tickets`. */
export const idempotencyKeySchema = z
  .string()
  .check(z.minLength(8), z.maxLength(255), z.regex(/^[\x21-\x7E]+$/, 'Printable ASCII only.'));

/** `POST /tickets/{id}/messages` (learner). */
export const learnerMessageRequestSchema = z.object({ body: text({ min: 1, max: 10_000 }) });
/** The body of `POST /tickets/{id}/messages`: `{ body }`. */
export type LearnerMessageRequest = z.input<typeof learnerMessageRequestSchema>;
