/**
 * Reading an e-mail reply: only the desk's own text (its keyword: `./reply-keywords.ts`).
 * @internal
 */
import { isQuotedLine, quotedOriginalStart } from './quoted-original.js';
import { aboveMarker, markerIndex } from './reply-marker.js';
import { signatureStart } from './signature.js';

/**
 * The desk's own text of a reply. Every e-mail to a desk starts with a marker line
 * (`./reply-marker.ts`): only what is above it is read, never anything below. Above it (and in a
 * reply without the marker, e.g. a new e-mail) the client's quoted original is dropped too: `>`
 * lines, and everything from its attribution line, Outlook header block or "Original message"
 * separator on (`./quoted-original.ts`); then its signature (`./signature.ts`).
 */
export function takeReplyText(body: string): string {
  const marker = markerIndex(body);
  const lines = aboveMarker(body).split('\n');
  // The marker's own line may begin with a client's `>` marks: they are not the desk's text.
  if (marker !== -1) lines[lines.length - 1] = (lines.at(-1) ?? '').replace(/^[\s>]*$/, '');
  const own = lines.slice(0, quotedOriginalStart(lines)).filter((line) => !isQuotedLine(line));
  return own.slice(0, signatureStart(own)).join('\n').trim();
}
