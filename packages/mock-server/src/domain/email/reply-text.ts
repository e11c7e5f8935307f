/**
 * Reading an e-mail reply: dropping the quoted original and finding a `RESOLVED` first line.
 * @internal
 */

const quoteHeaders: readonly RegExp[] = [
  /^\s*on\s.*\swrote:\s*$/i,
  /^.*\skirjoitti:\s*$/i,
  /^\s*den\s.*\sskrev\s.*:\s*$/i,
  /^\s*-{2,}\s*(?:original message|alkuperäinen viesti|ursprungligt meddelande)\s*-{2,}\s*$/i,
];

/** The reply without quoted lines (`> …`) and without everything from an "On … wrote:" line on
 * (or its Finnish and Swedish forms, or an "Original message" separator). */
export function stripQuotedReply(body: string): string {
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    if (quoteHeaders.some((header) => header.test(line))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** A reply split into its text and whether its first line asked to resolve the ticket. */
export interface ReplyDirective {
  resolve: boolean;
  /** The text left for the learner; empty when there is none. */
  text: string;
}

/** Finds a first line `RESOLVED` (any case, surrounding spaces ignored) and removes it. */
export function readResolveDirective(text: string): ReplyDirective {
  const [first = '', ...rest] = text.split('\n');
  if (first.trim().toLowerCase() !== 'resolved') return { resolve: false, text: text.trim() };
  return { resolve: true, text: rest.join('\n').trim() };
}
