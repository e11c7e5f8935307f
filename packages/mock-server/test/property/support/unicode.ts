/**
 * Unicode edge cases for text fields, and the rule docs/design/quality.md states for them
 * ("Server input"), written out independently of the schemas: lone surrogates and control
 * characters other than tab and newline are refused; text is stored NFC-normalized (line breaks folded to `\n`, trimmed)
 * and its length counted in code points after normalization.
 */
import fc from 'fast-check';

/** Pieces that make text hard: decomposed letters, astral and joined emoji, controls, spaces. */
export const trickyPieces: readonly string[] = [
  'a',
  'Ö',
  'a\u030a', // å, decomposed (NFD)
  'a\u0308', // ä, decomposed
  'o\u0308', // ö, decomposed
  'A\u030a', // Å, decomposed
  '\u212b', // ANGSTROM SIGN: NFC turns it into Å
  '\u0958', // DEVANAGARI QA: NFC turns it into two code points
  '\u1e9b\u0323',
  '\u{1F600}',
  '\u{1F469}\u200d\u{1F4BB}',
  '\u{1F1EB}\u{1F1EE}',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\ufeff',
  '\u202e',
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '<script>alert(1)</script>',
];

/** Text built from tricky pieces and arbitrary code points. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...trickyPieces), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''));

/** Text of about `limit` code points of one piece, to probe the length limit. */
export function nearLimit(limit: number): fc.Arbitrary<string> {
  const piece = fc.constantFrom('x', 'a\u0308', '\u{1F600}', '\u212b', '\u0958', 'e\u0301\u0301');
  return fc
    .tuple(piece, fc.integer({ min: Math.max(0, limit - 3), max: limit + 3 }))
    .map(([p, count]) => p.repeat(count));
}

/** Text for a field with this limit: mostly tricky, sometimes near the limit. */
export function textFor(max: number): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: trickyText, weight: 3 }, { arbitrary: nearLimit(max), weight: 1 });
}

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) i += 1;
    else if (isHigh || isLow) return true;
  }
  return false;
}

function hasForbiddenControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
}

/** Code points, counted one by one (a surrogate pair is one). */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) i += 1;
    count += 1;
  }
  return count;
}

function foldLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** What the server must do with a text: refuse it, or store this. */
export type TextVerdict = { accepted: false } | { accepted: true; stored: string };

/** The rule of docs/design/quality.md for a field of `min`–`max` code points. */
export function judgeText(raw: string, limits: { min: number; max: number }): TextVerdict {
  if (hasLoneSurrogate(raw)) return { accepted: false };
  const folded = foldLineBreaks(raw);
  if (hasForbiddenControl(folded)) return { accepted: false };
  const stored = folded.normalize('NFC').trim();
  const length = codePoints(stored);
  return length >= limits.min && length <= limits.max
    ? { accepted: true, stored }
    : { accepted: false };
}
