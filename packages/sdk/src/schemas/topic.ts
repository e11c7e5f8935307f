import * as z from 'zod/mini';
import { localeSchema, slugSchema } from './common.js';

/** `incident`: something is broken; `question`: advice or a problem; `request`: a service request. */
export const topicKindSchema = z.enum(['incident', 'question', 'request']);
/** The kind of a topic: `incident`, `question` or `request`. */
export type TopicKind = z.infer<typeof topicKindSchema>;

/** What the learner needs help with (`GET /topics?locale=`), in the requested locale. */
export const topicSchema = z.object({
  id: slugSchema,
  kind: topicKindSchema,
  /** `opin`: the Opin.fi desk owns it; `institution`: the learner's institution owns it. */
  owner: z.enum(['opin', 'institution']),
  requiresInstitution: z.boolean(),
  title: z.string(),
  summary: z.string(),
  locale: localeSchema,
});
/** A topic in one language, as {@link topicSchema} parses it. */
export type Topic = z.infer<typeof topicSchema>;
