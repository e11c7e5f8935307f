/**
 * The ticket form's rules, the contract's own (docs/design/api.md: subject 1–200, description
 * 1–10000 code points after NFC and trimming, a valid e-mail, name at most 100; subject and name
 * on one line; a visible character in what is required), judged by the SDK's `textProblem`, with
 * messages in the learner's language.
 * @internal
 */
import { msg, str } from '@lit/localize';
import {
  codePointLength,
  normalizeText,
  textProblem,
  type TextLimits,
} from '@opin/support-sdk/schemas';
import type { DraftFields } from '../../stores/draft-store.js';

/** The fields the learner fills in, in the order they appear. */
export const fieldNames = ['subject', 'description', 'email', 'name'] as const;
export type FieldName = (typeof fieldNames)[number];

/** An error message per field that has one. */
export type FieldErrors = Partial<Record<FieldName, string>>;

const limits = { subject: 200, description: 10_000, name: 100, email: 254 } as const;

/** The text rules of the written fields. The name is optional: one without letters is left out. */
const textRules: Record<'subject' | 'description' | 'name', TextLimits> = {
  subject: { min: 1, max: limits.subject, singleLine: true },
  description: { min: 1, max: limits.description },
  name: { min: 0, max: limits.name, singleLine: true },
};

/**
 * The contract's e-mail rule (`z.email()` in `contactSchema`): zod's default pattern
 * (`regexes.email`, copied: importing zod's regexes would bundle all of them; a test keeps the
 * copy equal), at most 254 characters.
 */
export const emailPattern = new RegExp(
  String.raw`^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$`,
);

function isEmail(value: string): boolean {
  return value.length <= limits.email && emailPattern.test(value);
}

function length(value: string): number {
  return codePointLength(normalizeText(value).trim());
}

function tooLong(max: number, now: number): string {
  return msg(str`This is too long: at most ${max} characters (now ${now}).`, {
    desc: '1: the limit, 2: the current length.',
  });
}

/** The message for a written field's value, or null when it is fine. */
function validateText(field: 'subject' | 'description' | 'name', value: string): string | null {
  const rule = textRules[field];
  switch (textProblem(value, rule)) {
    case null:
      return null;
    case 'required':
    case 'too_short':
      return field === 'subject' ? msg('Write a short subject.') : msg('Describe your matter.');
    case 'too_long':
      return tooLong(rule.max, length(value));
    case 'line_break':
      return msg('Write this on one line.');
    default:
      return msg(
        'This contains invisible characters that cannot be sent, often from copied text. Type it again instead of pasting it.',
      );
  }
}

/** The message for `field`'s value, or null when it is fine. */
export function validateField(field: FieldName, value: string): string | null {
  if (field !== 'email') return validateText(field, value);
  if (length(value) === 0) return msg('Enter your e-mail address so that we can answer you.');
  return isEmail(value.trim())
    ? null
    : msg('Enter a valid e-mail address, such as name@example.com.');
}

/** Every field's message (only fields with a problem). */
export function validateAll(fields: DraftFields): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fieldNames) {
    const message = validateField(field, fields[field]);
    if (message !== null) errors[field] = message;
  }
  return errors;
}

/** The form field a server issue path (`['contact', 'email']`) points to. */
export function fieldForIssuePath(path: readonly (string | number)[]): FieldName | null {
  const [first, second] = path;
  if (first === 'contact') return second === 'name' ? 'name' : 'email';
  return first === 'subject' || first === 'description' ? first : null;
}
