/**
 * The mock API as a real HTTP server on node:http (used by the CLI, load tests and SDK tests).
 * It never crashes on input: every failure becomes a JSON error response.
 */
import './polyfill.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockApi, deskKeyFor, desks, type MockApi, type MockApiOptions } from '../index.js';
import { MAX_BODY_BYTES } from '../http/body.js';
import { errorResponse, logInternalError, responseForError } from '../http/errors.js';
import { isLoopback, parseIp } from '../http/ip.js';
import { MAX_URL_LENGTH, uriTooLong } from '../http/request-target.js';
import { readIncomingBody, toFetchRequest, TOO_LARGE, writeFetchResponse } from './adapter.js';
import {
  limitConnections,
  resolveConnectionLimits,
  serverTimingOptions,
  type ConnectionLimits,
} from './connections.js';

/** Options of `startMockServer`: the API's options, where to listen, timeouts and caps. */
export interface MockServerOptions extends MockApiOptions, ConnectionLimits {
  /**
   * TCP port; `0` picks any free port.
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  host?: string;
}

/** A running mock server. */
export interface RunningMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  /** `url` + `/api/v1` */
  apiBase: string;
  /** Every desk's key, by desk id (`dev-<deskId>`). */
  deskKeys: Record<string, string>;
  /** The mock API behind the server: reset it, move its clock. */
  api: MockApi;
  /** Stops listening and ends every open connection, event streams included. */
  close(): Promise<void>;
}

/** Starts the mock API on an HTTP server. */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxConnectionsPerClient,
    ...apiOptions
  } = options;
  const limits = resolveConnectionLimits({
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxConnectionsPerClient,
  });
  const api = createMockApi(apiOptions);
  const streams = new Set<() => void>();
  let origin = '';

  const server = createServer(serverTimingOptions(limits), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A client that went away (or was cut for being too slow) gets no answer.
      if (req.socket.destroyed || !req.socket.writable) return;
      logInternalError(error);
      if (!res.headersSent) void send(res, internalError());
      else res.destroy();
    });
  });
  limitConnections(server, limits, apiOptions.trustedProxies ?? []);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    if (origin.length + (req.url?.length ?? 0) > MAX_URL_LENGTH) {
      res.setHeader('Connection', 'close');
      req.resume();
      await send(res, responseForError(uriTooLong()));
      return;
    }
    if (hasDotSegment(req.url ?? '')) {
      // `/x/%2e%2e/api/v1/…` would be normalised into the API; the raw path must start with it.
      req.resume();
      await send(res, notFoundFor(req.method ?? 'GET', rawPath(req.url ?? '')));
      return;
    }
    const body = await readIncomingBody(req);
    if (body === TOO_LARGE) {
      res.setHeader('Connection', 'close');
      req.resume();
      const message = `The body is larger than ${MAX_BODY_BYTES} bytes.`;
      await send(res, errorResponse(413, 'payload_too_large', message));
      return;
    }
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    let request: Request;
    try {
      request = toFetchRequest(req, origin, body, aborter.signal);
    } catch {
      await send(res, errorResponse(400, 'validation_failed', 'The request could not be read.'));
      return;
    }
    const response =
      (await getResponse(api.handlers, request, { baseUrl: origin, quiet: true })) ??
      notFoundFor(request.method, new URL(request.url).pathname);
    await send(res, response);
  }

  function send(res: ServerResponse, response: Response): Promise<void> {
    return writeFetchResponse(res, response, (cancel) => {
      streams.add(cancel);
      return () => streams.delete(cancel);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${displayHost(host)}:${address.port}`;
  warnUnlessLoopback(address.address);

  return {
    url: origin,
    apiBase: `${origin}/api/v1`,
    deskKeys: Object.fromEntries(desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
    api,
    close: () =>
      new Promise<void>((resolve) => {
        for (const cancel of [...streams]) cancel();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Warns (one line on stderr) when the server is reachable from other machines: the mock has
 * well-known desk keys and endpoints that reset or inspect it.
 */
function warnUnlessLoopback(address: string): void {
  const bytes = parseIp(address);
  if (bytes !== undefined && isLoopback(bytes)) return;
  console.warn(
    `[opin-mock-server] warning: listening on ${address}, not on loopback: other machines can reach this mock, its well-known desk keys and /_mock/*. Use --host 127.0.0.1 unless that is intended.`,
  );
}

/** Whether a raw request target has a `.` or `..` path segment, plain or percent-encoded. */
function hasDotSegment(target: string): boolean {
  return rawPath(target)
    .split(/[/\\]/)
    .some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

/** The path of a raw request target (without its query). */
function rawPath(target: string): string {
  return target.split(/[?#]/, 1)[0] ?? '';
}

function notFoundFor(method: string, path: string): Response {
  return errorResponse(404, 'not_found', `No endpoint ${method} ${path}.`);
}

function internalError(): Response {
  return errorResponse(500, 'internal_error', 'The mock server failed to handle this request.');
}

/** A host as it goes into a URL: wildcard hosts (0.0.0.0, ::) become loopback, IPv6 gets brackets. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
