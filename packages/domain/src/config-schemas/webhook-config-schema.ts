/**
 * A desk's webhook as a config directory's `webhooks.yaml` holds it (docs/design/realtime.md,
 * "Webhooks"): where to post the desk's events, where the server reads the signing secret at
 * start (an environment variable or a file: never the secret itself, since config directories
 * get committed), and which events. What one entry cannot see (an unknown desk, a second entry
 * for a desk, plain http) is checked across the config by `webhookConfigProblems`.
 * @internal
 */
import { deskEventTypeSchema, deskIdSchema } from '@opin/support-sdk/schemas';
import * as z from 'zod/mini';
import { secretSourceSchema } from './secret-source-schema.js';

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const webhookUrlSchema = z.string().check(
  z.refine((value) => parsedUrl(value) !== undefined, 'Must be a URL.'),
  z.refine((value) => {
    const protocol = parsedUrl(value)?.protocol;
    return protocol === undefined || protocol === 'https:' || protocol === 'http:';
  }, 'Must be an https:// URL.'),
  z.refine((value) => {
    const url = parsedUrl(value);
    return url === undefined || (url.username === '' && url.password === '');
  }, 'Must not hold a user name or password: put a token in the path or query if the receiver needs one.'),
);

/** One desk's webhook. */
export const webhookConfigSchema = z.strictObject({
  /** The desk whose events are posted. */
  desk: deskIdSchema,
  /** Where they are posted: `https:` (plain `http:` only to loopback, and only with `--demo`). */
  url: webhookUrlSchema,
  /** The signing secret's source; the secret must be at least 32 bytes. */
  secret: secretSourceSchema,
  /** During a rotation, the secret being replaced: requests are signed with both. */
  previousSecret: z.optional(secretSourceSchema),
  /** The event types to post (default: all). */
  events: z.optional(
    z.array(deskEventTypeSchema).check(
      z.minLength(1, 'Needs at least one event type; leave the field out for all of them.'),
      z.refine((list) => new Set(list).size === list.length, 'Lists an event type twice.'),
    ),
  ),
  /**
   * Lets the webhook reach addresses on a private network (loopback, 10/8, 172.16/12,
   * 192.168/16, fc00::/7, 100.64/10): an institution's ITSM on its own network.
   */
  allowPrivateNetwork: z.optional(z.boolean()),
});
/** One desk's webhook, as {@link webhookConfigSchema} parses it. */
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
