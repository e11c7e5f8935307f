/**
 * Where a reply's signature starts, so that it does not reach the learner or the asking desk: a
 * signature block after the conventional delimiter line `-- ` (RFC 3676; also `--`, as clients
 * that trim lines send it) when at most `longestSignature` lines follow it, or a mobile client's
 * line at the very end ("Sent from my iPhone", "Lähetetty iPhonesta", "Skickat från min iPhone",
 * "Get Outlook for Android", in the three languages). A sign-off ("Ystävällisin terveisin",
 * "Med vänliga hälsningar", "Best regards") and the name under it are the writer's own words and
 * stay.
 * @internal
 */

/** The most lines a signature block after `-- ` has; more is the writer's text, not a signature. */
const longestSignature = 12;

/** Mobile clients' closing lines, in Finnish, Swedish and English. */
const deviceLines: readonly RegExp[] = [
  /^sent from (my )?(iphone|ipad|android|samsung|mobile|phone|galaxy|outlook|mail for windows)\b/iu,
  /^get outlook for (ios|android)\b/iu,
  /^lähetetty (iphonesta|ipadista|android-laitteesta|androidista|samsung-laitteesta|samsung galaxy|mobiililaitteesta|puhelimesta|outlookista)\b/iu,
  /^hanki outlook (for|-sovellus) (ios|android)\b/iu,
  /^skickat från (min|mitt) (iphone|ipad|android|samsung|mobil|telefon)\b/iu,
  /^skickat från outlook\b/iu,
  /^(skaffa|hämta) outlook för (ios|android)\b/iu,
];

/** The index of the first line of the signature in `lines`, or `lines.length` without one. */
export function signatureStart(lines: readonly string[]): number {
  const delimiter = lines.findIndex((line) => line.trimEnd() === '--');
  if (delimiter !== -1 && lines.length - delimiter - 1 <= longestSignature) return delimiter;
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? '').trim() === '') last -= 1;
  const closing = (lines[last] ?? '').trim();
  return last >= 0 && deviceLines.some((pattern) => pattern.test(closing)) ? last : lines.length;
}
