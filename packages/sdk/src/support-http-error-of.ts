/**
 * The typed error of a non-2xx answer, for code that sends its own requests to the support API
 * (e.g. `@opin/support-mock-server/control`) and wants the errors the SDK's clients throw.
 */
import type { SupportHttpError } from './errors/support-http-error.js';
import { httpError } from './internal/http-error.js';

/**
 * Turns a non-2xx `response` of the support API into the SDK's typed error, as the clients do:
 * the documented error body when there is one (with `secret` replaced by `[redacted]` in every
 * string of it), otherwise the code `http_<status>`; a 429 is a `SupportRateLimitError`, and
 * `retryAfter` is read from the `Retry-After` header. The response's body is left unread (a
 * clone is read).
 *
 * @param response - A non-2xx answer of the support API.
 * @param secret - The token or key the request carried, if any.
 */
export function supportHttpErrorOf(response: Response, secret?: string): Promise<SupportHttpError> {
  return httpError(response, secret);
}
