/**
 * @internal Checks a 2xx response: JSON content type, valid JSON, and the contract's schema; or,
 * for the calls the contract answers with 204, that nothing else came.
 */
import type { ZodMiniType } from 'zod/mini';
import { SupportResponseValidationError } from '../errors/support-response-validation-error.js';
import type { HttpReply } from './http.js';

const jsonContentType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export function decode<T>({ status, headers, text }: HttpReply, schema: ZodMiniType<T>): T {
  const contentType = headers.get('content-type') ?? '';
  if (!jsonContentType.test(contentType)) {
    throw new SupportResponseValidationError(
      `Expected a JSON response, got ${contentType || 'no content type'}.`,
      { status },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, so it is not kept as `cause`.
    throw new SupportResponseValidationError('The response is not valid JSON.', { status });
  }
  return validate(json, schema, status);
}

/**
 * Checks the answer of a call the contract answers with 204 No Content. Another 2xx (a captive
 * portal's 200 page, say) is not the API's acknowledgement.
 */
export function expectNoContent({ status }: HttpReply): void {
  if (status !== 204) {
    throw new SupportResponseValidationError(`Expected 204 No Content, got ${status}.`, {
      status,
    });
  }
}

/**
 * Most issues an error keeps. A hostile or broken body can fail the schema in every element of a
 * huge list: beyond this the error keeps a count, not the issues, nor zod's error as `cause`, so
 * logging it stays cheap.
 */
const maxIssues = 20;

/** Validates parsed JSON against a schema (also used for the frames of the event stream). */
export function validate<T>(json: unknown, schema: ZodMiniType<T>, status: number): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const { issues } = result.error;
  const more = issues.length - maxIssues;
  const message = 'The response does not match the API contract.';
  throw new SupportResponseValidationError(
    more > 0 ? `${message} (${issues.length} issues)` : message,
    {
      status,
      cause: more > 0 ? undefined : result.error,
      issues: issues.slice(0, maxIssues).map(({ path, message }) => ({
        path: path.map((key) => (typeof key === 'number' ? key : String(key))),
        message,
      })),
    },
  );
}
