/**
 * One HTTP exchange with Efecte: `fetch` with a timeout (`AbortSignal.timeout`, joined with the
 * caller's signal), redirects refused, the answer's JSON checked against its schema, and every
 * failure turned into an `EfecteError`. Bodies of failed answers are read at most 4 KiB and
 * dropped; nothing of a request or an answer is logged.
 * @internal
 */
import type * as z from 'zod/mini';
import { EfecteError, kindOfStatus } from './efecte-error.js';

/** How to reach Efecte. */
export interface EfecteTransport {
  readonly fetch: typeof fetch;
  /** Per request, from sending to the whole answer read. */
  readonly timeoutMs: number;
}

/** One request. */
export interface EfecteRequest {
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

async function readCapped(response: Response, cap: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return '';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends `request`; resolves to the raw answer, or throws `EfecteError` for no answer. */
export async function send(transport: EfecteTransport, request: EfecteRequest): Promise<Response> {
  const timeout = AbortSignal.timeout(transport.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  try {
    return await transport.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: 'manual',
      signal,
    });
  } catch {
    throw new EfecteError(timeout.aborted ? 'timeout' : 'unreachable', request.operation);
  }
}

/** The answer's JSON, checked by `schema`; a status other than 2xx throws `EfecteError`. */
export async function readAnswer<S extends z.ZodMiniType>(
  transport: EfecteTransport,
  request: EfecteRequest,
  response: Response,
  schema: S,
): Promise<z.output<S>> {
  if (response.status < 200 || response.status > 299) {
    await readCapped(response, 4096).catch(() => '');
    throw new EfecteError(kindOfStatus(response.status), request.operation, response.status);
  }
  let text: string;
  try {
    text = await readCapped(response, MAX_ANSWER_BYTES);
  } catch {
    throw new EfecteError('timeout', request.operation, response.status);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EfecteError('malformed', request.operation, response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new EfecteError('malformed', request.operation, response.status);
  return parsed.data;
}
