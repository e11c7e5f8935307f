/**
 * @internal The typed error of a non-2xx answer: the documented error body when there is one
 * (scrubbed of the secret), otherwise `http_<status>`; 429 is a rate-limit error.
 */
import { errorBodySchema } from '../schemas/common.js';
import { SupportHttpError } from '../errors/support-http-error.js';
import { SupportRateLimitError } from '../errors/support-rate-limit-error.js';
import { redact } from './redact.js';
import { retryAfterSeconds } from './retry-after.js';

export async function httpError(
  response: Response,
  secret: string | undefined,
): Promise<SupportHttpError> {
  let json: unknown;
  try {
    json = JSON.parse(await response.clone().text());
  } catch {
    // not the documented body
  }
  const parsed = errorBodySchema.safeParse(json);
  const body = parsed.success ? redact(parsed.data, secret) : undefined;
  const { status } = response;
  const init = {
    status,
    code: body?.error.code ?? `http_${status}`,
    message: body?.error.message ?? `HTTP ${status}`,
    body,
    retryAfter: retryAfterSeconds(response.headers),
  };
  return status === 429 ? new SupportRateLimitError(init) : new SupportHttpError(init);
}
