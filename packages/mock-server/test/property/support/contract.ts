/**
 * What docs/design/api.md promises about every answer: a documented status, CORS, and for every
 * non-2xx the error body `{"error": {code, message, details?}}` with the code that belongs to the
 * status.
 */
import { expect } from 'vitest';
import type { Endpoint } from './endpoints.js';
import type { Reply } from './world.js';

/**
 * The error code docs/design/api.md gives each status (422 has several; the endpoint names its
 * own).
 */
const codeOfStatus: Readonly<Record<number, string>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** A documented error body, parsed. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: { path: (string | number)[]; message: string }[];
}

function describeReply(what: string, reply: Reply): string {
  return `${what} answered ${reply.status}: ${reply.text.slice(0, 300)}`;
}

/** Checks the error body of a non-2xx reply and returns it. */
export function expectErrorBody(reply: Reply, allowedCodes: readonly string[]): ErrorBody {
  const context = describeReply('the server', reply);
  expect(reply.headers.get('content-type'), context).toMatch(/^application\/json/);
  const parsed = JSON.parse(reply.text) as { error?: ErrorBody };
  expect(Object.keys(parsed), context).toEqual(['error']);
  const error = parsed.error as ErrorBody;
  expect(allowedCodes, context).toContain(error.code);
  expect(typeof error.message === 'string' && error.message.length > 0, context).toBe(true);
  const keys = Object.keys(error).filter((key) => !['code', 'message', 'details'].includes(key));
  expect(keys, context).toEqual([]);
  if (error.details !== undefined) {
    expect(error.details.length, context).toBeGreaterThan(0);
    for (const issue of error.details) {
      expect(Object.keys(issue).sort(), context).toEqual(['message', 'path']);
      expect(typeof issue.message, context).toBe('string');
      expect(
        issue.path.every((key) => typeof key === 'string' || typeof key === 'number'),
        context,
      ).toBe(true);
    }
  }
  if (reply.status === 429) {
    expect(reply.headers.get('retry-after'), context).toMatch(/^[1-9]\d*$/);
  }
  return error;
}

/** A success's JSON body, or the data of an event stream's first frame (none: a comment). */
function successBody(reply: Reply): unknown {
  if (!reply.headers.get('content-type')?.startsWith('text/event-stream')) {
    return JSON.parse(reply.text) as unknown;
  }
  const data = /^data: (.*)$/m.exec(reply.text)?.[1];
  return data === undefined ? undefined : (JSON.parse(data) as unknown);
}

/** The codes a status may carry at this endpoint. */
export function codesFor(endpoint: Endpoint, status: number): readonly string[] {
  if (status === 422) return endpoint.unprocessable ?? [];
  const code = codeOfStatus[status];
  return code ? [code] : [];
}

/**
 * Checks that the reply is one docs/design/api.md documents for the endpoint; returns the error
 * body of a refusal, or `undefined` for a success.
 */
export function expectDocumented(endpoint: Endpoint, reply: Reply): ErrorBody | undefined {
  const context = describeReply(endpoint.name, reply);
  expect(endpoint.statuses, context).toContain(reply.status);
  // The mock's own endpoints answer no other origin: no CORS headers there.
  const cors = endpoint.name.includes(' /_mock/') ? null : '*';
  expect(reply.headers.get('access-control-allow-origin'), context).toBe(cors);
  expect(reply.headers.get('x-content-type-options'), context).toBe('nosniff');
  if (reply.status === 204) {
    expect(reply.text, context).toBe('');
    return undefined;
  }
  if (reply.status < 300) {
    const body = successBody(reply);
    if (endpoint.response && body !== undefined) {
      expect(endpoint.response.safeParse(body).success, `${context} (schema)`).toBe(true);
    }
    return undefined;
  }
  return expectErrorBody(reply, codesFor(endpoint, reply.status));
}

/**
 * A reply to a path or method docs/design/api.md does not list: a JSON 404. Over HTTP the answer
 * to a HEAD request has no body (RFC 9110), so on a server only its status and type are seen.
 */
export function expectUnknownEndpoint(reply: Reply, method = 'GET'): void {
  expect(reply.status, describeReply('an unknown endpoint', reply)).toBe(404);
  if (method === 'HEAD' && reply.text === '') {
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  } else {
    expectErrorBody(reply, ['not_found']);
  }
}
