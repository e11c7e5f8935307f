/**
 * Telling an automatic reply (out of office, vacation notice, autoresponder) from a person's:
 * by its headers first, and by the subject's first words when the bridge passed none.
 * @internal
 */
import type { InboundEmailHeaders } from '@opin/support-sdk/schemas';

/** `X-Auto-Response-Suppress` values that Exchange and Outlook put on automatic replies. */
const suppressesAsAutoReply = /\b(?:all|oof|autoreply)\b/i;
const automaticPrecedence = /^\s*(?:auto_reply|bulk|junk)\s*$/i;

/**
 * Subjects automatic replies start with, in English, Finnish and Swedish (Outlook, Exchange,
 * Gmail's and Thunderbird's vacation responders, and common hand-written ones).
 */
const automaticSubject =
  /^\s*(?:(?:auto(?:matic)?[\s-]?reply|out of (?:the )?office|automaattinen vastaus|poissaoloilmoitus|poissa toimistolta|automatiskt svar|autosvar|frånvaro(?:meddelande)?|frånvarande)\b|auto:)/iu;

/** Whether the headers say the e-mail was sent automatically. */
function headersSayAutomatic(headers: InboundEmailHeaders): boolean {
  const submitted = headers['auto-submitted']?.trim().toLowerCase();
  if (submitted !== undefined && submitted !== '' && !submitted.startsWith('no')) return true;
  if (headers['x-autoreply'] !== undefined && headers['x-autoreply'].trim() !== '') return true;
  if (headers['x-autorespond'] !== undefined && headers['x-autorespond'].trim() !== '') return true;
  const suppress = headers['x-auto-response-suppress'];
  if (suppress !== undefined && suppressesAsAutoReply.test(suppress)) return true;
  return automaticPrecedence.test(headers.precedence ?? '');
}

/**
 * Whether an inbound e-mail is an automatic reply: `Auto-Submitted` other than `no`, a non-empty
 * `X-Autoreply` or `X-Autorespond`, `X-Auto-Response-Suppress` with `All`, `OOF` or `AutoReply`,
 * `Precedence: auto_reply / bulk / junk`, or — as a fallback — a subject that starts like one
 * ("Automatic reply:", "Out of Office", "Automaattinen vastaus", "Frånvaro", "Autosvar" …).
 */
export function isAutomaticReply(email: {
  subject: string;
  headers?: InboundEmailHeaders | undefined;
}): boolean {
  return headersSayAutomatic(email.headers ?? {}) || automaticSubject.test(email.subject);
}
