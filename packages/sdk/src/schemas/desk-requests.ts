/** Request bodies of the desk endpoints. */
import * as z from 'zod/mini';
import { deskIdSchema, handoffModeSchema, localeSchema } from './common.js';
import { text } from './text.js';
import { ticketStatusSchema } from './ticket.js';

/** `POST /desk/tickets/{id}/handoffs` (owner only). */
export const handoffRequestSchema = z.object({
  to: deskIdSchema,
  mode: handoffModeSchema,
  note: z.optional(text({ min: 1, max: 10_000 })),
});
/** The body of `POST /desk/tickets/{id}/handoffs`: `{ to, mode, note? }`. */
export type HandoffRequest = z.input<typeof handoffRequestSchema>;

/** `POST /desk/tickets/{id}/handoffs/decline` (receiving desk only). */
export const declineRequestSchema = z.object({ reason: z.optional(text({ min: 1, max: 2_000 })) });
/** The body of `POST /desk/tickets/{id}/handoffs/decline`: `{ reason? }`. */
export type DeclineRequest = z.input<typeof declineRequestSchema>;

/** `POST /desk/tickets/{id}/messages`. */
export const deskMessageRequestSchema = z.object({
  body: text({ min: 1, max: 10_000 }),
  language: localeSchema,
  /** `learner`: a reply to the learner (owner only, ticket language only); `internal`: a note. */
  visibility: z.enum(['learner', 'internal']),
});
/** The body of `POST /desk/tickets/{id}/messages`: `{ body, language, visibility }`. */
export type DeskMessageRequest = z.input<typeof deskMessageRequestSchema>;

/** `POST /desk/tickets/{id}/status` (owner only). */
export const statusRequestSchema = z.object({ status: ticketStatusSchema });
/** The body of `POST /desk/tickets/{id}/status`: `{ status }`. */
export type StatusRequest = z.infer<typeof statusRequestSchema>;

/** One header value as the bridge read it: unfolded (one line), at most 998 characters. */
const headerValue = text({ min: 0, max: 998 });

/**
 * The headers of an inbound e-mail that mark it as sent automatically, by their lower-case names.
 * The bridge passes those the e-mail has; any other header is left out (and ignored if sent).
 */
export const inboundEmailHeadersSchema = z.object({
  /** RFC 3834: anything but `no` (`auto-replied`, `auto-generated`, `auto-notified`). */
  'auto-submitted': z.optional(headerValue),
  /** Set by many vacation responders (e.g. `yes`). */
  'x-autoreply': z.optional(headerValue),
  /** Set by some vacation responders. */
  'x-autorespond': z.optional(headerValue),
  /** Microsoft Exchange and Outlook; `OOF`, `AutoReply` or `All` on automatic replies. */
  'x-auto-response-suppress': z.optional(headerValue),
  /** `auto_reply`, `bulk` and `junk` mark automatic mail (`list` does not). */
  precedence: z.optional(headerValue),
});
/** The headers an inbound e-mail may carry, as {@link inboundEmailHeadersSchema} parses them. */
export type InboundEmailHeaders = z.input<typeof inboundEmailHeadersSchema>;

/** `POST /desk/inbound-email`: the e-mail bridge hands over a desk's reply. */
export const inboundEmailRequestSchema = z.object({
  /**
   * The address the e-mail was sent to. When it is the desk's reply address on the ticket
   * (`reply+OPIN-482019375568.k7m2q9x4w8p3r6t1@opin.fi`, the Reply-To of every e-mail about the
   * ticket) its tag is the reply's; otherwise the tag in the subject is.
   */
  to: z.optional(z.string().check(z.maxLength(254))),
  from: z.email().check(z.maxLength(254)),
  subject: text({ min: 1, max: 998 }),
  body: text({ min: 0, max: 10_000 }),
  /**
   * The e-mail's `Message-ID`, with or without its angle brackets: a repeat with the same id
   * answers as the first did and changes nothing.
   */
  messageId: z.optional(
    z.string().check(z.regex(/^[\x21-\x7E]{1,998}$/, 'Not a Message-ID (printable ASCII).')),
  ),
  headers: z.optional(inboundEmailHeadersSchema),
});
/** The body of `POST /desk/inbound-email`: `{ to?, from, subject, body, messageId?, headers? }`. */
export type InboundEmailRequest = z.input<typeof inboundEmailRequestSchema>;

/** `202` of `POST /desk/inbound-email`: the e-mail was an automatic reply and was not applied. */
export const inboundEmailIgnoredSchema = z.object({ ignored: z.enum(['auto_reply']) });
/** The answer to an ignored inbound e-mail: `{ ignored: "auto_reply" }`. */
export type InboundEmailIgnored = z.infer<typeof inboundEmailIgnoredSchema>;
