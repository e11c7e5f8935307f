/**
 * @internal A real HTTP server that answers every request with whatever the current test tells
 * it, down to the bytes: wrong content types, broken or enormous bodies, connections cut in the
 * middle of a body. One server per test file; each test sets the answer.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface RawAnswer {
  /** @default 200 */
  status?: number;
  /** Sent as is: no content type unless given here. */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Announce the whole body's length, send only this many bytes of it, then cut the connection. */
  cutAfter?: number;
}

export interface RawServer {
  /** `http://127.0.0.1:<port>/api/v1` */
  baseUrl: string;
  /** How to answer from now on; `path` is relative to the base URL, without the query. */
  answer(choose: (path: string) => RawAnswer): void;
}

/** Starts the server for the calling file; every test starts with an unset answer (500). */
export function useRawServer(): RawServer {
  let choose: (path: string) => RawAnswer = () => ({ status: 500 });
  const server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]?.replace(/^\/api\/v1/, '') ?? '/';
      const { status = 200, headers = {}, body = '', cutAfter } = choose(path);
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
      if (cutAfter === undefined) {
        res.end(bytes);
        return;
      }
      res.write(bytes.subarray(0, cutAfter), () => res.destroy());
    });
  });
  const handle: RawServer = {
    baseUrl: '',
    answer: (next) => {
      choose = next;
    },
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    handle.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  beforeEach(() => {
    choose = () => ({ status: 500 });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return handle;
}
