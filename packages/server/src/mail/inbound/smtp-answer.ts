/**
 * What the inbound listener answers the relay at the end of a message (its DATA), so that the
 * relay bounces a refusal to the sender rather than the service mailing anyone: a rule's refusal
 * (api.md "The e-mail bridge": 400, 403, 404, 409, 422) is a permanent 550 with the rule's own
 * message; too many at once (429) a temporary 451 with it; anything else — the database out of
 * reach, a failure of the service — a temporary 451, for the relay to try again later, with no
 * detail.
 * @internal
 */
import { ApiError } from '@opin/support-domain';

/** An SMTP refusal: what smtp-server's callback takes. */
export type SmtpRefusal = Error & { responseCode: number };

/**
 * A refusal with `code` and `text`: one line of at most 400 printable US-ASCII characters, as an
 * SMTP reply must be (RFC 5321) — accents dropped (`ä` → `a`), control characters made spaces,
 * anything else `?`.
 */
export function smtpRefusal(code: number, text: string): SmtpRefusal {
  let line = '';
  for (const char of text.normalize('NFKD').replace(/\p{M}/gu, '').slice(0, 400)) {
    if (char < ' ' || char === '\u007f') line += ' ';
    else line += char > '~' ? '?' : char;
  }
  return Object.assign(new Error(line), { responseCode: code });
}

/** The refusal for an error thrown while applying a message. */
export function refusalOf(error: unknown): SmtpRefusal {
  if (error instanceof ApiError && error.status === 429) {
    return smtpRefusal(451, `4.7.0 ${error.message}; try again later.`);
  }
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
    return smtpRefusal(550, `5.7.1 Not applied: ${error.message}`);
  }
  return smtpRefusal(451, '4.3.0 The service could not take this message now; try again later.');
}
