/**
 * Text fields as the contract defines them (docs/design/quality.md, "Server input"): normalized
 * to NFC, line breaks folded to `\n`, lengths counted in code points after normalization, and no
 * lone surrogates or control characters other than tab and newline. A required text has at least
 * one visible character; a single-line text (a subject, a name) has no line break and no
 * bidirectional control. The schemas of this folder are built from {@link text}; forms use
 * {@link textProblem} to judge a field as the server does.
 */
import * as z from 'zod/mini';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls except tab (\u0009) and newline (\u000A), DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const forbiddenControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// CR, LF, LINE SEPARATOR and PARAGRAPH SEPARATOR: each ends a line of a mail header or a display.
const lineBreak = /[\n\r\u2028\u2029]/;
// Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069), which reorder
// the text around them. The marks U+200E, U+200F and U+061C stay allowed: they only settle the
// direction of neighbouring punctuation in right-to-left names.
const directionControl = /[\u202A-\u202E\u2066-\u2069]/;
// A letter, digit, punctuation mark or symbol that is not default-ignorable (zero-width spaces
// and joiners, soft hyphens, fillers, variation selectors and other format characters are not).
const visible = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}\p{P}\p{S}]/u;

/** Counts Unicode code points, as the contract's length limits do. */
export function codePointLength(value: string): number {
  return Array.from(value).length;
}

/** CR LF and lone CR become LF. */
function foldLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/**
 * The contract's text rule: CR LF and lone CR become LF, then Unicode NFC — what the server stores
 * (before trimming). With {@link codePointLength}, a form counts a field's length as the server
 * does: `codePointLength(normalizeText(value).trim())`.
 */
export function normalizeText(value: string): string {
  return foldLineBreaks(value).normalize('NFC');
}

/** The rule of a {@link text} field: its length limits in code points, and whether it is one line. */
export interface TextLimits {
  /** Fewest code points after normalization and trimming; 1 or more also needs a visible character. */
  min: number;
  /** Most code points after normalization and trimming. */
  max: number;
  /** A subject or a name: no line breaks (CR, LF, U+2028, U+2029) and no bidirectional controls. */
  singleLine?: boolean;
}

/**
 * What a {@link text} field refuses, the first found in this order: a lone surrogate, a control
 * character, a line break or a bidirectional control (single-line fields), no visible character
 * (required fields), too few or too many code points.
 */
export type TextProblem =
  | 'lone_surrogate'
  | 'control'
  | 'line_break'
  | 'direction_control'
  | 'required'
  | 'too_short'
  | 'too_long';

/** Whether `value` has a visible character: a letter, digit, punctuation mark or symbol. */
export function hasVisibleText(value: string): boolean {
  return visible.test(normalizeText(value));
}

/** Why the server would refuse `value` in a field with these limits, or `null` if it would not. */
export function textProblem(
  value: string,
  { min, max, singleLine }: TextLimits,
): TextProblem | null {
  if (loneSurrogate.test(value)) return 'lone_surrogate';
  // Before trimming, which would silently drop a vertical tab or form feed at either end.
  if (forbiddenControl.test(foldLineBreaks(value))) return 'control';
  if (singleLine && lineBreak.test(value)) return 'line_break';
  if (singleLine && directionControl.test(value)) return 'direction_control';
  if (min > 0 && !hasVisibleText(value)) return 'required';
  const length = codePointLength(normalizeText(value).trim());
  if (length < min) return 'too_short';
  return length > max ? 'too_long' : null;
}

const messages: Record<TextProblem, (limits: TextLimits) => string> = {
  lone_surrogate: () => 'Text contains a lone surrogate.',
  control: () => 'Text contains control characters (only tab and newline are allowed).',
  line_break: () => 'Must be a single line (no CR, LF, U+2028 or U+2029).',
  direction_control: () =>
    'Must not contain bidirectional controls (U+202A–U+202E, U+2066–U+2069).',
  required: () => 'Required: at least one visible character.',
  too_short: ({ min }) => `At least ${min} characters.`,
  too_long: ({ max }) => `At most ${max} characters.`,
};

/** A learner- or desk-written text field: normalized, trimmed and checked by {@link textProblem}. */
export function text(limits: TextLimits) {
  const schema = z.string().check(
    z.superRefine((value, ctx) => {
      const problem = textProblem(value, limits);
      if (problem)
        ctx.addIssue({ code: 'custom', message: messages[problem](limits), input: value });
    }),
    z.overwrite((value) => normalizeText(value).trim()),
  );
  // JSON Schema counts lengths in code points too, so the generated OpenAPI states the limits (and
  // the characters a single line refuses).
  const { min: minLength, max: maxLength, singleLine } = limits;
  return schema.register(z.globalRegistry, {
    minLength,
    maxLength,
    ...(singleLine ? { pattern: '^[^\\r\\n\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$' } : {}),
  });
}
