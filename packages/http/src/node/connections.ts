/**
 * How long the Node server waits for a client and how many connections it keeps: timeouts for
 * the request head, the whole request and an idle keep-alive connection; caps on connections in
 * all and per client. A request that is too slow is answered 408 and closed; connections over a
 * cap are closed at once, unanswered. A request head over node:http's 16 KiB is answered 431
 * (414 if its request line alone is that long).
 * @internal
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { addressKey, isTrustedProxy } from '../http/client-key.js';
import { MAX_URL_LENGTH } from '../http/request-target.js';
import { answerAndClose, rawErrorResponse } from './raw-response.js';

/** Timeouts and caps of the Node server. */
export interface ConnectionLimits {
  /**
   * Time from opening a connection (or starting a request on it) until the request's headers
   * are in; then 408.
   * @default 10000
   */
  headersTimeoutMs?: number;
  /** Time until the whole request (headers and body) is in; then 408. @default 30000 */
  requestTimeoutMs?: number;
  /** Time an idle keep-alive connection stays open after a response. @default 5000 */
  keepAliveTimeoutMs?: number;
  /** Open connections in all; more are closed at once. `0` = no cap. @default 1024 */
  maxConnections?: number;
  /**
   * Open connections per client (an IPv4 address or an IPv6 /64; trusted proxies are not
   * capped); more are closed at once. `0` = no cap.
   * @default 128
   */
  maxConnectionsPerClient?: number;
}

/** The limits with every default filled in. */
export type ResolvedConnectionLimits = Required<ConnectionLimits>;

const defaults: ResolvedConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
  maxConnectionsPerClient: 128,
};

/** Fills in the defaults; a RangeError for a value that cannot work. */
export function resolveConnectionLimits(limits: ConnectionLimits): ResolvedConnectionLimits {
  const resolved: ResolvedConnectionLimits = {
    headersTimeoutMs: limits.headersTimeoutMs ?? defaults.headersTimeoutMs,
    requestTimeoutMs: limits.requestTimeoutMs ?? defaults.requestTimeoutMs,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs ?? defaults.keepAliveTimeoutMs,
    maxConnections: limits.maxConnections ?? defaults.maxConnections,
    maxConnectionsPerClient: limits.maxConnectionsPerClient ?? defaults.maxConnectionsPerClient,
  };
  for (const [name, value] of Object.entries(resolved)) {
    const timeout = name.endsWith('Ms');
    if (!Number.isSafeInteger(value) || value < (timeout ? 1 : 0)) {
      throw new RangeError(
        `${name} must be a whole number ${timeout ? 'above' : 'of at least'} 0.`,
      );
    }
  }
  if (resolved.headersTimeoutMs > resolved.requestTimeoutMs) {
    throw new RangeError('headersTimeoutMs must not be longer than requestTimeoutMs.');
  }
  return resolved;
}

/** The `createServer` options the limits need: how often expired requests are looked for. */
export function serverTimingOptions(limits: ResolvedConnectionLimits) {
  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, Math.max(10, Math.floor(shortest / 4))),
  };
}

/** An error node:http reports for a client, with the bytes it was reading. */
type ClientError = Error & { code?: string; rawPacket?: unknown };

/**
 * Whether a head over node:http's limit is so large because of its request line: the bytes that
 * overflowed begin a request line that does not end within `MAX_URL_LENGTH`.
 */
function requestLineTooLong(error: ClientError): boolean {
  if (!(error.rawPacket instanceof Uint8Array)) return false;
  const start = Buffer.from(error.rawPacket).toString('latin1', 0, MAX_URL_LENGTH + 32);
  if (!/^[A-Z]+ /.test(start)) return false;
  const lineEnd = start.indexOf('\r\n');
  return lineEnd === -1 || lineEnd > MAX_URL_LENGTH;
}

/** The answer to a request node:http gave up on. */
function answerFor(error: ClientError): string {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return rawErrorResponse(408, 'request_timeout', 'The request did not arrive in time.');
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return requestLineTooLong(error)
      ? rawErrorResponse(
          414,
          'uri_too_long',
          `The URL is longer than ${MAX_URL_LENGTH} characters.`,
        )
      : rawErrorResponse(431, 'headers_too_large', 'The request headers are too large.');
  }
  return rawErrorResponse(400, 'validation_failed', 'The request is not valid HTTP/1.1.');
}

/**
 * Applies the caps to `server` and answers requests node:http gives up on (408 when too slow,
 * 400 when not HTTP). Connections from `trustedProxies` are not capped per client.
 */
export function limitConnections(
  server: Server,
  limits: ResolvedConnectionLimits,
  trustedProxies: readonly string[],
): void {
  if (limits.maxConnections > 0) server.maxConnections = limits.maxConnections;
  const open = new Map<string, number>();
  server.prependListener('connection', (socket: Socket) => {
    const peer = socket.remoteAddress ?? '';
    if (limits.maxConnectionsPerClient === 0 || isTrustedProxy(peer, trustedProxies)) return;
    const key = addressKey(peer);
    const count = open.get(key) ?? 0;
    if (count >= limits.maxConnectionsPerClient) {
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
  // A response already under way cannot be followed by an error answer on the same socket.
  const responses = new WeakMap<Duplex, ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    responses.set(req.socket, res);
  });
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    const response = responses.get(socket);
    if (response?.headersSent && !response.writableFinished) socket.destroy();
    else answerAndClose(socket, answerFor(error));
  });
}
