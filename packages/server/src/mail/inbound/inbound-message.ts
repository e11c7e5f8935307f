/**
 * A message the inbound SMTP listener parsed (mailparser), as the e-mail bridge's request
 * (`inboundEmailRequestSchema`, api.md "The e-mail bridge"): the address it was delivered to (the
 * envelope's recipient, not its To header), the sender's address, the decoded
 * subject and plain-text body (an HTML-only message's text as mailparser converts it), the
 * Message-ID, and the automatic-reply headers, each unfolded to one line. The body is cut at the
 * marker line (`aboveMarker`): nothing below it is ever read, so a reply that quotes a long
 * e-mail whole is not refused for its length. The request is checked
 * by the same schema as `POST /desk/inbound-email`.
 * @internal
 */
import type { ParsedMail } from 'mailparser';
import { aboveMarker } from '@opin/support-domain';
import {
  inboundEmailRequestSchema,
  type InboundEmailHeaders,
  type InboundEmailRequest,
} from '@opin/support-sdk/schemas';
import type * as z from 'zod/mini';

/** The headers the bridge passes (api.md), by lower-case name. */
const passedHeaders = [
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'precedence',
] as const satisfies readonly (keyof InboundEmailHeaders)[];

/**
 * The request for `mail`, delivered to `to`, or why it cannot be one (in the words of the schema's
 * problems). Text that could not be decoded (bytes that are not of its charset or encoding, which
 * mailparser turns into U+FFFD) is no reply anyone wrote: refused, never passed on.
 */
export function inboundRequestOf(
  mail: ParsedMail,
  to: string,
): { ok: true; request: z.output<typeof inboundEmailRequestSchema> } | { ok: false; why: string } {
  const headers: InboundEmailHeaders = {};
  for (const { key, line } of mail.headerLines) {
    const name = passedHeaders.find((passed) => passed === key);
    if (name === undefined || headers[name] !== undefined) continue;
    headers[name] = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
  }
  if (mail.text?.includes('\uFFFD')) {
    return { ok: false, why: 'body: the text could not be decoded (broken encoding or charset)' };
  }
  const request: InboundEmailRequest = {
    to,
    from: mail.from?.value[0]?.address ?? '',
    subject: mail.subject ?? '',
    body: aboveMarker((mail.text ?? '').replace(/\r\n/g, '\n')),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    headers,
  };
  const parsed = inboundEmailRequestSchema.safeParse(request);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problem = parsed.error.issues[0];
  return { ok: false, why: `${problem?.path.join('.') ?? 'message'}: ${problem?.message ?? ''}` };
}
