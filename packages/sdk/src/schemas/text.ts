/**
 * Text fields as the contract defines them (docs/design/quality.md, "Server input"): normalized
 * to NFC, line breaks folded to `\n`, lengths counted in code points after normalization, and no
 * lone surrogates or control characters other than tab and newline. The schemas of this folder are
 * built from {@link text}; forms use {@link normalizeText} and {@link codePointLength} to count as
 * the server does.
 */
import * as z from 'zod/mini';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls except tab (\u0009) and newline (\u000A), DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const forbiddenControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

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

/** The length limits of a {@link text} field, in code points. */
export interface TextLimits {
  /** Fewest code points after normalization and trimming. */
  min: number;
  /** Most code points after normalization and trimming. */
  max: number;
}

/** A learner- or desk-written text field: normalized, trimmed and length-checked in code points. */
export function text({ min, max }: TextLimits) {
  const schema = z.string().check(
    z.refine((value) => !loneSurrogate.test(value), 'Text contains a lone surrogate.'),
    // Before trimming, which would silently drop a vertical tab or form feed at either end.
    z.refine(
      (value) => !forbiddenControl.test(foldLineBreaks(value)),
      'Text contains control characters (only tab and newline are allowed).',
    ),
    z.overwrite((value) => normalizeText(value).trim()),
    z.refine(
      (value) => codePointLength(value) >= min,
      min === 1 ? 'Required.' : `At least ${min} characters.`,
    ),
    z.refine((value) => codePointLength(value) <= max, `At most ${max} characters.`),
  );
  // JSON Schema counts lengths in code points too, so the generated OpenAPI states the limits.
  return schema.register(z.globalRegistry, { minLength: min, maxLength: max });
}
