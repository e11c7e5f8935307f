/**
 * The mail catcher's HTTP API for the desk console, on loopback:
 *
 * - `GET /messages` — the caught messages, newest first (`{"messages": [CaughtMail…]}`);
 * - `POST /answers` — `{"messageId", "from", "text"}` (at most 32 KiB): answers that caught
 *   message over SMTP to the support server's inbound port (`./answer-mail.ts`) and returns the
 *   server's answer, `{"accepted": true, …}` or `{"accepted": false, "code": 550, "response": …}`
 *   (HTTP 200 either way: a refusal is a result); 502 when the server did not answer at all.
 *
 * Browsers may call it only from the examples' origin (CORS, and a POST from another origin is
 * refused). Errors are `{"error": {"code", "message"}}`.
 * @internal
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerMessage, sendAnswer, type InboundTarget } from './answer-mail.js';
import { readAnswerRequest } from './answer-request.js';
import type { CaughtMails } from './caught-mails.js';

/** The largest request body taken, in bytes. */
export const maxRequestBytes = 32 * 1024;

/** What the API serves from and sends to. */
export interface CatcherHttpOptions {
  host: string;
  /** `0` = any free port. */
  port: number;
  mails: CaughtMails;
  /** Where answers go; `undefined` while the support server is not listening yet. */
  inbound: () => InboundTarget | undefined;
}

/** The API, listening. */
export interface RunningCatcherHttp {
  /** e.g. `http://127.0.0.1:4011` (no trailing slash). */
  readonly url: string;
  /** The one browser origin allowed to call it, e.g. `http://127.0.0.1:4000`. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/** Starts the API. */
export async function startCatcherHttp(options: CatcherHttpOptions): Promise<RunningCatcherHttp> {
  let allowed: string | undefined;
  const server = createServer((request, response) => {
    handle(request, response, options, allowed).catch(() => {
      if (!response.headersSent) send(response, 500, error('internal', 'The catcher failed.'));
      else response.destroy();
    });
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    allowOrigin: (origin) => void (allowed = origin),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: CatcherHttpOptions,
  allowed: string | undefined,
): Promise<void> {
  const origin = request.headers.origin;
  response.setHeader('Vary', 'Origin');
  if (origin !== undefined && origin === allowed) {
    response.setHeader('Access-Control-Allow-Origin', origin);
  }
  const path = new URL(request.url ?? '/', 'http://catcher').pathname;
  if (request.method === 'OPTIONS') {
    if (origin === undefined || origin !== allowed) return send(response, 403);
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    response.setHeader('Access-Control-Max-Age', '600');
    return send(response, 204);
  }
  if (path === '/messages' && request.method === 'GET') {
    return send(response, 200, { messages: options.mails.list().toReversed() });
  }
  if (path === '/answers' && request.method === 'POST') {
    if (origin !== undefined && origin !== allowed) {
      return send(response, 403, error('forbidden_origin', 'Not from the examples.'));
    }
    return answer(request, response, options);
  }
  if (path === '/messages' || path === '/answers') {
    return send(response, 405, error('method_not_allowed', 'Not with this method.'));
  }
  send(response, 404, error('not_found', 'No such path.'));
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  options: CatcherHttpOptions,
): Promise<void> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(response, 415, error('unsupported_media_type', 'Send application/json.'));
  }
  const text = await readBody(request);
  if (text === undefined) {
    return send(response, 413, error('too_large', `At most ${maxRequestBytes} bytes.`));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return send(response, 400, error('invalid_json', 'The body is not JSON.'));
  }
  const read = readAnswerRequest(body);
  if (!read.ok) return send(response, 400, error('validation_failed', read.why));
  const caught = options.mails.byMessageId(read.request.messageId);
  if (caught === undefined) {
    return send(response, 404, error('not_caught', 'No caught message has that Message-ID.'));
  }
  const target = options.inbound();
  if (target === undefined) {
    return send(response, 503, error('no_inbound', 'The support server takes no mail yet.'));
  }
  try {
    const message = answerMessage(caught, read.request.from, read.request.text);
    send(response, 200, await sendAnswer(target, message));
  } catch {
    send(response, 502, error('no_answer', 'The support server gave no SMTP answer.'));
  }
}

/** The body as text, or `undefined` when it is larger than {@link maxRequestBytes} (then read to its end and dropped). */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxRequestBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.once('end', () =>
      resolve(bytes <= maxRequestBytes ? Buffer.concat(chunks).toString('utf8') : undefined),
    );
    request.once('error', reject);
  });
}

function error(code: string, message: string) {
  return { error: { code, message } };
}

function send(response: ServerResponse, status: number, body?: object): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
