/**
 * Answers and bodies of the Efecte fake. Errors are B's `ApiException {code, message, error, url,
 * timestamp}` (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * components.schemas.ApiException); B does not describe a 5xx body, so the fake's 500 has the
 * same shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/** A refusal: `message` says what the fake refused, in the tests' words. */
export class FakeRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Writes `body` as JSON with `status`. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Writes an `ApiException` for `status`. */
export function sendApiException(
  response: ServerResponse,
  status: number,
  message: string,
  url: string,
): void {
  sendJson(response, status, {
    code: status,
    message,
    error: reasons[status] ?? 'Error',
    url,
    timestamp: new Date().toISOString(),
  });
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The request's body as text; refuses more than 1 MiB (413). */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new FakeRefusal(413, 'body over 1 MiB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as a JSON object; refuses another content type (415) or invalid JSON (400). */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new FakeRefusal(415, 'expected application/json');
  const text = await readBody(request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FakeRefusal(400, 'Invalid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FakeRefusal(400, 'expected a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Refuses any query parameter not in `allowed` (400): the connector may rely on no others. */
export function onlyParams(query: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name)) throw new FakeRefusal(400, `unknown query parameter ${name}`);
    if (query.getAll(name).length > 1) throw new FakeRefusal(400, `query parameter ${name} twice`);
  }
}

/** Refuses any field of `body` not in `allowed` (400). */
export function onlyFields(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const name of Object.keys(body)) {
    if (!allowed.includes(name)) throw new FakeRefusal(400, `unknown field ${name}`);
  }
}

/** A boolean query parameter (`true` or `false`), or `undefined` when absent. */
export function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new FakeRefusal(400, `${name} must be true or false`);
}
