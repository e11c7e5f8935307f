/**
 * EQL filters, written only in the subset Efecte's documentation shows (docs/design/realtime.md,
 * §4): `$<attribute>$ = '<text>'`, `$updated$ > '<timestamp>'`, joined by `and`. How a quote
 * inside a literal is escaped is not documented, so a text holding a quote, a backslash, a `$` or
 * a control character is refused rather than escaped (`unsafe_filter`), before any call: a
 * reference such as `OPIN-482019375568` never holds one, and anything that does is not ours.
 * @internal
 */
import { EfecteError } from './efecte-error.js';

const attributeCode = /^[A-Za-z0-9_]{1,100}$/;
// eslint-disable-next-line no-control-regex
const unsafeInLiteral = /['"\\$\u0000-\u001f\u007f]/;

/** One EQL clause. */
export type EqlClause = string & { readonly eqlClause: true };

/** `$code$ = 'text'`; throws `EfecteError` (`unsafe_filter`) for a code or text it cannot write. */
export function eqlEquals(code: string, text: string, operation: string): EqlClause {
  if (!attributeCode.test(code) || unsafeInLiteral.test(text) || text.length > 500) {
    throw new EfecteError('unsafe_filter', operation);
  }
  return `$${code}$ = '${text}'` as EqlClause;
}

/**
 * `$updated$ > '<timestamp>'`, the timestamp in UTC to the second, rounded down (a card updated
 * in that second is read again rather than missed). Whether Efecte takes an absolute timestamp
 * here is not documented (design §4: a tenant that refuses it gets per-card polling instead).
 */
export function eqlUpdatedAfter(since: Date): EqlClause {
  return `$updated$ > '${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}'` as EqlClause;
}

/** Clauses joined by `and`. */
export function eqlAnd(...clauses: readonly EqlClause[]): string {
  return clauses.join(' and ');
}
