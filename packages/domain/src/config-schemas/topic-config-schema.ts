/**
 * A topic as a config holds it: the contract's topic (`GET /topics`, the SDK's `topicSchema`) with
 * its title and summary in every language instead of one.
 * @internal
 */
import { localizedTextSchema, topicSchema } from '@opin/support-sdk/schemas';
import * as z from 'zod/mini';

/** One topic of a config. */
export const topicConfigSchema = z.strictObject({
  id: topicSchema.shape.id,
  kind: topicSchema.shape.kind,
  owner: topicSchema.shape.owner,
  requiresInstitution: topicSchema.shape.requiresInstitution,
  title: z.strictObject(localizedTextSchema.shape),
  summary: z.strictObject(localizedTextSchema.shape),
});
