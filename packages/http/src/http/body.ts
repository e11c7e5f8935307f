/**
 * Reading and validating request bodies and queries: size first (413, before parsing), then the
 * content type and its charset, UTF-8 only (415), then JSON (400), then the schema (400 with `details`).
 * @internal
 */
import { ApiError, validationFailed } from '@opin/support-domain';
import { issuesToDetails, type SchemaIssue } from './errors.js';

/** Largest accepted body: 64 KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Anything with zod's `safeParse`. */
export interface Parser<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

function tooLarge(): ApiError {
  return new ApiError(413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
}

/** Reads the raw body, refusing (413) as soon as it passes the limit. */
export async function readBodyBytes(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      // Not awaited: when msw holds a clone of the request (a tee), cancelling one branch only
      // settles once the other is cancelled too, which would hang this request forever.
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isJsonContentType(value: string | null): boolean {
  const mediaType = value?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** The `charset` parameter of a content type, lower-cased and unquoted, if it has one. */
export function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name = '', ...rest] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    return rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
  }
  return undefined;
}

/** Refuses (415) a body declared in another charset than UTF-8: it is never guessed or converted. */
function requireUtf8(contentType: string): void {
  const charset = charsetOf(contentType);
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return;
  throw new ApiError(
    415,
    'unsupported_media_type',
    'Send the body as UTF-8 (charset=utf-8); no other charset is accepted.',
  );
}

/**
 * The parsed JSON body. When `optional`, an empty body is fine and reads as `{}` (endpoints whose
 * schema has only optional fields, or none).
 */
export async function readJsonBody(request: Request, { optional = false } = {}): Promise<unknown> {
  const bytes = await readBodyBytes(request);
  if (optional && bytes.byteLength === 0) return {};
  const contentType = request.headers.get('content-type');
  if (contentType === null || !isJsonContentType(contentType)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  requireUtf8(contentType);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw validationFailed('The body is not valid UTF-8.');
  }
  if (optional && text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationFailed('The body is not valid JSON.');
  }
}

/** Validates a value with a schema; 400 `validation_failed` with one detail per issue. */
export function parseWith<T>(schema: Parser<T>, value: unknown, what = 'The body'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(
    400,
    'validation_failed',
    `${what} does not match the schema.`,
    issuesToDetails(result.error.issues),
  );
}

/** Reads a JSON body and validates it. */
export async function readBody<T>(
  request: Request,
  schema: Parser<T>,
  options: { optional?: boolean } = {},
): Promise<T> {
  return parseWith(schema, await readJsonBody(request, options));
}

/** The query string as an object of first values, validated. */
export function readQuery<T>(request: Request, schema: Parser<T>): T {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (!(key in query)) query[key] = value;
  }
  return parseWith(schema, query, 'The query');
}
