/**
 * Reading an e-mail reply: only the desk's own text, and a `RESOLVED` first line.
 * @internal
 */
import { isQuotedLine, quotedOriginalStart } from './quoted-original.js';
import { markerIndex } from './reply-marker.js';

/**
 * The desk's own text of a reply. Every e-mail to a desk starts with a marker line
 * (`./reply-marker.ts`): only what is above it is read, never anything below. Above it (and in a
 * reply without the marker, e.g. a new e-mail) the client's quoted original is dropped too: `>`
 * lines, and everything from its attribution line, Outlook header block or "Original message"
 * separator on (`./quoted-original.ts`).
 */
export function takeReplyText(body: string): string {
  const marker = markerIndex(body);
  const above = marker === -1 ? body : body.slice(0, marker);
  const lines = above.split('\n');
  // The marker's own line may begin with a client's `>` marks: they are not the desk's text.
  if (marker !== -1) lines[lines.length - 1] = (lines.at(-1) ?? '').replace(/^[\s>]*$/, '');
  return lines
    .slice(0, quotedOriginalStart(lines))
    .filter((line) => !isQuotedLine(line))
    .join('\n')
    .trim();
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
