/**
 * RFC 7240 `Prefer: return=minimal` on the learner's writes (docs/design/api.md, "Learner
 * endpoints"): a client that follows the ticket's event stream anyway need not get the whole
 * ticket back. Only `return` is read; a preference given twice counts the first time (RFC 7240,
 * section 2), in any case, with or without quotes, among other preferences and parameters.
 * @internal
 */

/** The header that says a `return=minimal` answer was given. */
export const MINIMAL_APPLIED: Readonly<Record<string, string>> = {
  'Preference-Applied': 'return=minimal',
};

/** Whether the request prefers a minimal answer. */
export function prefersMinimal(request: Request): boolean {
  for (const preference of (request.headers.get('prefer') ?? '').split(',')) {
    const [token = ''] = preference.split(';');
    const [name = '', value = ''] = token.split('=', 2).map((part) => part.trim());
    if (name.toLowerCase() === 'return') {
      return value.replace(/^"(.*)"$/, '$1').toLowerCase() === 'minimal';
    }
  }
  return false;
}
