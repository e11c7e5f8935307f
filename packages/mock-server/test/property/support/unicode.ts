/**
 * Unicode edge cases for text fields, and the rule docs/design/quality.md states for them
 * ("Server input"), written out independently of the schemas: lone surrogates and control
 * characters other than tab and newline are refused; text is stored NFC-normalized (line breaks folded to `\n`, trimmed)
 * and its length counted in code points after normalization. A required text needs a visible
 * character (a letter, digit, punctuation mark or symbol that is not default-ignorable); a
 * single-line text (subject, name) refuses CR, LF, U+2028, U+2029 and the bidirectional
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.
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
  '\u2029',
  '\ufeff',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200e', // LEFT-TO-RIGHT MARK: allowed, but not visible
  '\u200f', // RIGHT-TO-LEFT MARK: allowed, but not visible
  '\u00ad', // SOFT HYPHEN: not visible
  '\u2060', // WORD JOINER: not visible
  '\u3164', // HANGUL FILLER: a letter, but default-ignorable
  '\u05e9\u05dc\u05d5\u05dd', // Hebrew: right-to-left letters
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

/** The line ends a single-line text refuses, by code point. */
const lineEnds = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
function isDirectionControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Whether one code point is drawn: a letter, number, punctuation or symbol, not ignorable. */
function isVisible(char: string): boolean {
  const drawnCategory = ['L', 'N', 'P', 'S'].some((category) =>
    new RegExp(`^\\p{${category}}$`, 'u').test(char),
  );
  return drawnCategory && !/^\p{Default_Ignorable_Code_Point}$/u.test(char);
}

function breaksSingleLine(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (lineEnds.has(code) || isDirectionControl(code)) return true;
  }
  return false;
}

/** The limits of a text field, and whether it must be a single line. */
export interface TextLimits {
  min: number;
  max: number;
  singleLine?: boolean;
}

/** What the server must do with a text: refuse it, or store this. */
export type TextVerdict = { accepted: false } | { accepted: true; stored: string };

/** The rule of docs/design/quality.md for a field of `min`–`max` code points. */
export function judgeText(raw: string, limits: TextLimits): TextVerdict {
  if (hasLoneSurrogate(raw)) return { accepted: false };
  const folded = foldLineBreaks(raw);
  if (hasForbiddenControl(folded)) return { accepted: false };
  if (limits.singleLine === true && breaksSingleLine(raw)) return { accepted: false };
  const stored = folded.normalize('NFC').trim();
  if (limits.min > 0 && !Array.from(stored).some(isVisible)) return { accepted: false };
  const length = codePoints(stored);
  return length >= limits.min && length <= limits.max
    ? { accepted: true, stored }
    : { accepted: false };
}
