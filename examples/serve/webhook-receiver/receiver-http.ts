/**
 * The demo webhook receiver's HTTP side, on loopback:
 *
 * - `POST /hooks` — the support server's webhook (docs/design/realtime.md, "Webhooks"): the raw
 *   body (at most {@link maxPushBytes}) is checked against `Opin-Signature` by `verify`; a push
 *   that fails is answered 401 and not kept. A verified push whose `Opin-Event-Id` was taken
 *   before is answered 204 again and kept once;
 * - `GET /webhooks` — the kept pushes, newest first (`{"webhooks": [ReceivedPush…]}`), for the
 *   desk console.
 *
 * Browsers may read it only from the examples' origin (CORS). Errors are
 * `{"error": {"code", "message"}}`; nothing of a refused body is logged or kept.
 * @internal
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { readCapped } from '../mail-catcher/read-capped.js';
import type { ReceivedPushes } from './received-pushes.js';

/** The largest push taken, in bytes (the server's events are under 4 KiB). */
export const maxPushBytes = 16 * 1024;

/** The path the support server posts to. */
export const hookPath = '/hooks';

/**
 * Checks a push's signature header against its raw body and resolves to the event it carries;
 * rejects when the signature is missing, malformed, too old or wrong.
 */
export type PushVerifier = (rawBody: Uint8Array, signature: string) => Promise<DeskEvent>;

/** What the receiver serves from. */
export interface ReceiverHttpOptions {
  host: string;
  /** `0` = any free port. */
  port: number;
  pushes: ReceivedPushes;
  verify: PushVerifier;
  /** The receiver's clock (tests). */
  now?: () => Date;
}

/** The receiver, listening. */
export interface RunningReceiverHttp {
  /** e.g. `http://127.0.0.1:4012` (no trailing slash). */
  readonly url: string;
  /** The one browser origin allowed to read it, e.g. `http://127.0.0.1:4000`. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/** Starts the receiver. */
export async function startReceiverHttp(
  options: ReceiverHttpOptions,
): Promise<RunningReceiverHttp> {
  let allowed: string | undefined;
  const server = createServer((request, response) => {
    handle(request, response, options, allowed).catch(() => {
      if (!response.headersSent) send(response, 500, error('internal', 'The receiver failed.'));
      else response.destroy();
    });
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
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
  options: ReceiverHttpOptions,
  allowed: string | undefined,
): Promise<void> {
  const origin = request.headers.origin;
  response.setHeader('Vary', 'Origin');
  if (origin !== undefined && origin === allowed) {
    response.setHeader('Access-Control-Allow-Origin', origin);
  }
  const path = new URL(request.url ?? '/', 'http://receiver').pathname;
  if (request.method === 'OPTIONS') {
    if (origin === undefined || origin !== allowed) return send(response, 403);
    response.setHeader('Access-Control-Allow-Methods', 'GET');
    response.setHeader('Access-Control-Max-Age', '600');
    return send(response, 204);
  }
  if (path === '/webhooks' && request.method === 'GET') {
    return send(response, 200, { webhooks: options.pushes.list().toReversed() });
  }
  if (path === hookPath && request.method === 'POST') {
    // A browser page must not push: the support server sends no Origin.
    if (origin !== undefined) return send(response, 403, error('forbidden_origin', 'No browsers.'));
    return receive(request, response, options);
  }
  if (path === '/webhooks' || path === hookPath) {
    return send(response, 405, error('method_not_allowed', 'Not with this method.'));
  }
  send(response, 404, error('not_found', 'No such path.'));
}

async function receive(
  request: IncomingMessage,
  response: ServerResponse,
  options: ReceiverHttpOptions,
): Promise<void> {
  const body = await readCapped(request, maxPushBytes);
  if (body === undefined) {
    return send(response, 413, error('too_large', `At most ${maxPushBytes} bytes.`));
  }
  const signature = header(request, 'opin-signature');
  let event: DeskEvent;
  try {
    if (signature === undefined) throw new Error('No signature.');
    event = await options.verify(new Uint8Array(body), signature);
  } catch {
    return send(response, 401, error('bad_signature', 'The signature does not verify.'));
  }
  if (header(request, 'opin-event-id') !== event.id) {
    return send(response, 400, error('event_id_mismatch', 'Opin-Event-Id is not the event id.'));
  }
  const attempt = Number(header(request, 'opin-delivery-attempt'));
  options.pushes.add({
    receivedAt: (options.now?.() ?? new Date()).toISOString(),
    deliveryId: header(request, 'opin-delivery-id'),
    attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : undefined,
    event,
  });
  // Taken (or taken before): either way the server need not send it again.
  send(response, 204);
}

/** A request header's single value. */
function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
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
