/**
 * Where a mail client starts the quoted original below a reply: an attribution line ("On … wrote:"
 * and its Finnish and Swedish forms, in the shapes of Gmail — wrapped over up to three lines —,
 * Apple Mail and Thunderbird), an Outlook header block (`From:` / `Sent:`, `Lähettäjä:` /
 * `Lähetetty:`, `Från:` / `Skickat:`, with its `____` line) or an "Original message" separator.
 * @internal
 */

/** Attribution lines; each names a date, so every one also needs a digit. */
const attributions: readonly RegExp[] = [
  /^\s*on\s.+\swrote:\s*$/i,
  /^.+\skirjoitti:\s*$/i,
  /^.+\skirjoitti\s.+:\s*$/i,
  /^.+\sskrev\s.+:\s*$/i,
  /^.+\sskrev:\s*$/i,
];

const separator =
  /^\s*-{2,}\s*(?:original message|alkuperäinen viesti|ursprungligt meddelande|forwarded message|välitetty viesti|vidarebefordrat meddelande)\s*-{2,}\s*$/i;
const underscores = /^\s*_{10,}\s*$/;
const fromHeader = /^\s*\*?(?:from|lähettäjä|från)\s*:\*?\s*\S/i;
const sentHeader = /^\s*\*?(?:sent|date|lähetetty|päivämäärä|skickat|datum)\s*:\*?\s*\S/i;
const quoteLine = /^\s*>/;

/** The longest an attribution can be (over its wrapped lines). */
const MAX_ATTRIBUTION = 300;

function isAttributionAt(lines: readonly string[], start: number): boolean {
  let joined = '';
  for (let end = start; end < Math.min(lines.length, start + 3); end += 1) {
    const line = lines[end] ?? '';
    if (line.trim() === '' || quoteLine.test(line)) return false;
    joined = end === start ? line : `${joined} ${line.trim()}`;
    if (joined.length > MAX_ATTRIBUTION) return false;
    if (/\d/.test(joined) && attributions.some((pattern) => pattern.test(joined))) return true;
  }
  return false;
}

function isHeaderBlockAt(lines: readonly string[], start: number): boolean {
  if (!fromHeader.test(lines[start] ?? '')) return false;
  return lines.slice(start + 1, start + 5).some((line) => sentHeader.test(line));
}

function nextFilledLine(lines: readonly string[], after: number): string {
  return lines.slice(after + 1).find((line) => line.trim() !== '') ?? '';
}

/** The index of the line where the quoted original starts, or `lines.length` if none does. */
export function quotedOriginalStart(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (separator.test(line)) return index;
    if (underscores.test(line) && fromHeader.test(nextFilledLine(lines, index))) return index;
    if (isHeaderBlockAt(lines, index)) return index;
    if (isAttributionAt(lines, index)) return index;
  }
  return lines.length;
}

/** Whether the line is quoted (`> …`). */
export function isQuotedLine(line: string): boolean {
  return quoteLine.test(line);
}
