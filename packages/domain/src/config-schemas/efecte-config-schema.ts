/**
 * A desk whose people work in Efecte, as `efecte.yaml` holds it (docs/design/realtime.md, §4 "The
 * mapping"): where the tenant's REST API v1 is, the credentials' sources, the data card template
 * and folder, which attribute holds which Opin field, the status values, and how often to poll
 * and reconcile. Unknown fields are refused, so a misspelt one is an error rather than ignored.
 * @internal
 */
import * as z from 'zod/mini';
import { deskIdSchema } from '@opin/support-sdk/schemas';
import { secretSourceSchema } from './secret-source-schema.js';

/** An Efecte code (template, folder, attribute): letters, digits and `_`, as in Efecte's examples. */
const efecteCode = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_]{1,100}$/, 'Must be an Efecte code (letters, digits, _).'));

/**
 * The tenant's REST API v1 base, e.g. `https://helsinki.efectecloud.com/rest-api/itsm/v1`: https,
 * or plain http to this machine only (a local test double), with no user info, query or fragment.
 */
const baseUrl = z
  .string()
  .check(
    z.regex(
      /^(https:\/\/[^\s/@?#]+|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?)(\/[^\s?#]*)?$/,
      'Must be an https:// URL (http:// only to 127.0.0.1, localhost or [::1]), without user, query or fragment.',
    ),
  );

/** Opin field → Efecte attribute code; each attribute used once. */
export const efecteAttributesSchema = z
  .strictObject({
    /** string: the ticket's reference, the key for idempotent creation and reconciliation. */
    reference: efecteCode,
    /** string: the ticket's subject. */
    subject: efecteCode,
    /** string: a summary only (topic, language, hand-off mode, note). */
    summary: efecteCode,
    /** static-value: the hand-off state and status as Opin sees them. */
    handoffState: efecteCode,
    /** worklog: what Opin sends (learner messages, consult answers). */
    toOpin: efecteCode,
    /** worklog: what the agent sends back. */
    fromAgent: efecteCode,
    /** static-value set by the agent: accept, decline, consult_opin, transfer_opin. */
    request: efecteCode,
  })
  .check(
    z.refine(
      (attributes) => new Set(Object.values(attributes)).size === Object.values(attributes).length,
      'Names an attribute for two fields.',
    ),
  );

/** The Efecte static value for each ticket status the desk's cards show (`closed` is optional). */
export const efecteStatusCodesSchema = z.strictObject({
  received: z.string().check(z.minLength(1, 'Must not be empty.')),
  in_progress: z.string().check(z.minLength(1, 'Must not be empty.')),
  waiting_for_learner: z.string().check(z.minLength(1, 'Must not be empty.')),
  resolved: z.string().check(z.minLength(1, 'Must not be empty.')),
  closed: z.optional(z.string().check(z.minLength(1, 'Must not be empty.'))),
});

/** One Efecte-integrated desk. */
export const efecteConfigSchema = z.strictObject({
  desk: deskIdSchema,
  baseUrl,
  /** The Efecte local user the connector logs in as (`POST /users/login`). */
  login: secretSourceSchema,
  password: secretSourceSchema,
  /** What Efecte's outbound call presents as `Authorization: Bearer <secret>`; at least 32 bytes. */
  inboundSecret: secretSourceSchema,
  templateCode: efecteCode,
  folderCode: efecteCode,
  attributes: efecteAttributesSchema,
  statusCodes: efecteStatusCodesSchema,
  /** How often the connector polls for cards updated since its last look; 10 s to a day. */
  pollIntervalSeconds: z._default(
    z.int().check(z.gte(10, 'Must be 10 or more.'), z.lte(86_400, 'Must be 86400 or less.')),
    60,
  ),
  /** How often every open ticket's card is compared with the ticket; 1 minute to a week. */
  reconcileEveryMinutes: z._default(
    z.int().check(z.gte(1, 'Must be 1 or more.'), z.lte(10_080, 'Must be 10080 or less.')),
    60,
  ),
});

/** One Efecte-integrated desk as loaded (defaults filled in). */
export type EfecteConfig = z.output<typeof efecteConfigSchema>;

/** The statuses a card shows, keyed like `statusCodes`. */
export type EfecteStatusCodes = z.output<typeof efecteStatusCodesSchema>;
