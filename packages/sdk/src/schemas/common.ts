import * as z from 'zod/mini';

/** The three languages of Opin.fi: a ticket's language and every UI string use one of these. */
export const localeSchema = z.enum(['fi', 'sv', 'en']);
/** A language of Opin.fi: `fi`, `sv` or `en`. */
export type Locale = z.infer<typeof localeSchema>;
/** All locales, in the order the UI lists them. */
export const locales: readonly Locale[] = localeSchema.options;

/** A desk id: `opin` or an institution id such as `helsinki` or `abo-akademi`. */
export const deskIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a desk id.'));
/** A desk id, e.g. `opin` or `helsinki`. */
export type DeskId = z.infer<typeof deskIdSchema>;

/** The Opin.fi support desk's id. */
export const OPIN_DESK_ID = 'opin';

/**
 * Ticket reference: `OPIN-` and at least six digits, e.g. `OPIN-482019375568`. Treat it as opaque:
 * the mock issues twelve random digits, earlier backends six or more in sequence.
 */
export const ticketIdSchema = z.string().check(z.regex(/^OPIN-\d{6,}$/, 'Not a ticket reference.'));

/** An id of a topic or an article. */
export const slugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not an id.'));

/**
 * An ISO 8601 UTC timestamp as the API writes it, e.g. `2026-11-25T12:00:00.000Z`. A pattern of
 * its own rather than zod's `iso.datetime`, whose long pattern and code would add to the panel's
 * opening bytes (`pnpm size` lists zod's share); it appears only in responses. The OpenAPI document adds `format: date-time`.
 */
export const timestampSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/,
      'Not a UTC timestamp.',
    ),
  );

/** A text in each of the three languages. */
export const localizedTextSchema = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
/** A text in Finnish, Swedish and English. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** How a desk is connected: through the API (`realtime`) or through e-mail (`email`). */
export const integrationSchema = z.enum(['realtime', 'email']);
/** How a desk is connected: `realtime` or `email`. */
export type Integration = z.infer<typeof integrationSchema>;

/** `consult`: the owner keeps the ticket and asks; `transfer`: the other desk takes it over. */
export const handoffModeSchema = z.enum(['consult', 'transfer']);
/** The kind of a hand-off: `consult` or `transfer`. */
export type HandoffMode = z.infer<typeof handoffModeSchema>;

/** One problem found in a request, with where it is. */
export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
/** One problem found in a request: `path` to the field and a `message`. */
export type Issue = z.infer<typeof issueSchema>;

/**
 * Every error code the API documents. Marked pure so that bundles which never read it (the learner
 * client only types `ErrorCode`) leave it out: zod's calls are not known to be side-effect free.
 */
export const errorCodeSchema = /* @__PURE__ */ z.enum([
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'request_timeout',
  'conflict',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'idempotency_mismatch',
  'language_not_served',
  'language_mismatch',
  'rate_limited',
  'headers_too_large',
  'internal_error',
]);
/** An error code the API documents, e.g. `validation_failed` or `rate_limited`. */
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The body of every non-2xx response. `code` stays a string so newer servers can add codes. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.array(issueSchema)),
  }),
});
/** The body of every non-2xx response: `{ error: { code, message, details? } }`. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
