/**
 * A fault-injecting HTTP server for the SDK's tests: each `METHOD /path` (relative to `/api/v1`,
 * without the query) answers from its own script of responses, in order; the last one repeats.
 * It records every request with its headers and body.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ScriptedResponse {
  /** @default 200 */
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON with `application/json`. */
  body?: unknown;
  /** Destroy the connection instead of answering. */
  drop?: boolean;
  /** Answer only after this many milliseconds. */
  delayMs?: number;
  /** Send `text/event-stream` and write these raw chunks. */
  events?: string[];
  /** Keep the event stream open after the chunks, until the client goes away. */
  hold?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path relative to the base URL, with the query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FaultServer {
  /** The base URL, `http://127.0.0.1:<port>/api/v1`. */
  baseUrl: string;
  /** Scripts the responses of `key` (e.g. `GET /topics`). */
  script(key: string, ...responses: ScriptedResponse[]): void;
  /** Every request so far, or those to `key`. */
  requests(key?: string): RecordedRequest[];
  /**
   * Resolves once the server has received `count` requests (to `key`, if given). It waits for the
   * requests themselves, not for time, so it works under fake timers and on a busy machine.
   */
  received(count: number, key?: string): Promise<void>;
  /** Event streams the server still holds open. */
  openStreams(): number;
  /** Resolves once the server holds no event stream open (the client has let go of every one). */
  streamsClosed(): Promise<void>;
  close(): Promise<void>;
}

const prefix = '/api/v1';

export async function startFaultServer(): Promise<FaultServer> {
  const scripts = new Map<string, ScriptedResponse[]>();
  const recorded: (RecordedRequest & { key: string })[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** Says `change` whenever a request arrives or a stream closes. */
  const changes = new EventEmitter();
  let streams = 0;
  const requests = (key?: string) =>
    recorded.filter((request) => key === undefined || request.key === key);
  /** Resolves once `holds()` is true, checking at every change rather than on a timer. */
  const until = (holds: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!holds()) return;
        changes.off('change', check);
        resolve();
      };
      changes.on('change', check);
      check();
    });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = (req.url ?? '/').slice(prefix.length);
      const key = `${req.method ?? 'GET'} ${url.split('?')[0] ?? ''}`;
      const body = Buffer.concat(chunks).toString('utf8');
      recorded.push({ key, method: req.method ?? 'GET', url, headers: req.headers, body });
      changes.emit('change');
      const queue = scripts.get(key);
      const next = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      if (!next) {
        send(res, { status: 599, body: { error: { code: 'unscripted', message: key } } });
        return;
      }
      if (next.drop) {
        req.socket.destroy();
        return;
      }
      if (next.delayMs === undefined) {
        answer(res, next);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer(res, next);
      }, next.delayMs);
      timers.add(timer);
    });
  });

  const answer = (res: ServerResponse, response: ScriptedResponse) => {
    if (!response.events) {
      send(res, response);
      return;
    }
    streams++;
    res.on('close', () => {
      streams--;
      changes.emit('change');
    });
    res.writeHead(response.status ?? 200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      ...response.headers,
    });
    for (const chunk of response.events) res.write(chunk);
    if (!response.hold) res.end();
  };

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    script: (key, ...responses) => scripts.set(key, responses),
    requests,
    received: (count, key) => until(() => requests(key).length >= count),
    openStreams: () => streams,
    streamsClosed: () => until(() => streams === 0),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, { status = 200, headers = {}, body }: ScriptedResponse) {
  const isText = typeof body === 'string';
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...(body !== undefined && { 'content-type': isText ? 'text/html' : 'application/json' }),
    ...headers,
  });
  res.end(payload);
}

/** One `event: ticket` frame as the contract writes it. */
export function ticketFrame(ticket: { version: number }): string {
  return `event: ticket\nid: ${ticket.version}\ndata: ${JSON.stringify(ticket)}\n\n`;
}

/**
 * Starts a fresh fault server before each test of the calling file and closes it after each; the
 * returned object always speaks for the current test's server.
 */
export function useFaultServer(): FaultServer {
  let current: FaultServer | undefined;
  beforeEach(async () => {
    current = await startFaultServer();
  });
  afterEach(() => current?.close());
  return new Proxy({} as FaultServer, {
    get(_target, key) {
      if (!current) throw new Error('useFaultServer: the server exists only inside a test');
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? (value.bind(current) as unknown) : value;
    },
  });
}

/** The value a promise rejects with; fails the test if it resolves. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e,
  );
}
