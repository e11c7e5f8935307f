/**
 * The request handler over real HTTP: `/healthz` while the process runs, `/readyz` only while the
 * database is migrated and answers, and everything else to the API once there is one (503 with
 * `Retry-After` before). (The whole server, started by its command, is tested in
 * `cli-process.test.ts`.)
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NodeListener } from '@opin/support-http/node';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../src/http/app.js';
import { checkReadiness } from '../src/http/health.js';
import type { Database } from '../src/storage/database.js';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { openPostgres } from '../src/storage/postgres.js';
import { closeServer, listenOnLoopback } from './support/listen.js';
import { silentLog } from './support/silent-log.js';

describe('health endpoints', () => {
  let opened: OpenedDatabase | undefined;
  /** What the handler sees: `null` until the test says the database is ready. */
  let database: Kysely<Database> | null = null;
  /** What the handler sees as the API: `null` until a test gives one. */
  let api: NodeListener | null = null;
  let http: Server | undefined;
  let base = '';
  beforeAll(async () => {
    // Opened before listening: its initdb takes seconds, longer than an idle keep-alive lives.
    opened = await openStorage({ kind: 'embedded', dataDir: 'memory://' }, silentLog);
    ({ url: base, server: http } = await listenOnLoopback(
      createRequestHandler({ database: () => database, api: () => api }, silentLog),
    ));
  });
  afterAll(async () => {
    if (http) await closeServer(http);
    await opened?.close();
  });

  it('says 503 on /readyz until the database is migrated, while /healthz answers 200', async () => {
    const starting = await fetch(`${base}/readyz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({
      status: 'not_ready',
      reason: 'starting: the database is not migrated yet',
    });
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('says 200 on /readyz once the database is migrated and answers', async () => {
    database = opened?.db ?? null;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${base}/readyz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('answers everything else 503 with Retry-After until there is an API, then hands it over', async () => {
    const requests = [
      ['GET', '/api/v1/topics'],
      ['POST', '/healthz'],
      ['GET', '/'],
    ] as const;
    for (const [method, path] of requests) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        error: { code: 'internal_error', message: 'The service is starting; retry shortly.' },
      });
    }
    const seen: string[] = [];
    api = Object.assign(
      (request: IncomingMessage, response: ServerResponse) => {
        seen.push(`${request.method ?? ''} ${request.url ?? ''}`);
        response.end('from the API');
      },
      { endStreams: () => undefined },
    );
    try {
      for (const [method, path] of requests) {
        expect(await (await fetch(`${base}${path}`, { method })).text()).toBe('from the API');
      }
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(seen).toEqual(requests.map(([method, path]) => `${method} ${path}`));
    } finally {
      api = null;
    }
  });

  it('says 503 on /readyz when the database stops answering', async () => {
    await opened?.close();
    const gone = await fetch(`${base}/readyz`);
    expect(gone.status).toBe(503);
    expect(await gone.json()).toEqual({
      status: 'not_ready',
      reason: 'the database does not answer',
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('says not ready, instead of hanging, when PostgreSQL accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const stuck = openPostgres(`postgres://opin:x@127.0.0.1:${port}/opin`, silentLog, {
      connectTimeoutMs: 200,
    });
    try {
      expect(await checkReadiness({ database: () => stuck.db })).toEqual({
        ready: false,
        reason: 'the database does not answer',
      });
      expect(sockets.size).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await stuck.close();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
