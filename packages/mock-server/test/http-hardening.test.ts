/**
 * Issue 16, the cheap ones: `X-Content-Type-Options: nosniff` on every answer, a body in another
 * charset than UTF-8 refused with 415, and (mock only) `/_mock/*` for its own origin only, the
 * base path anchored at the start of the path, the clock at most 100 years ahead, and a warning
 * when the server listens beyond loopback.
 */
import '@opin/support-http/node';
import { getResponse } from 'msw';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_CLOCK_OFFSET_MINUTES } from '@opin/support-http';
import { createMockApi } from '../src/index.js';
import { startMockServer } from '../src/node/index.js';
import {
  bearer,
  errorOf,
  fileTicket,
  newKey,
  postJson,
  ticketBody,
  useMockServer,
} from './support/http.js';
import { SseReader } from './support/sse.js';

/** A GET with the path exactly as written (fetch would normalise `%2e%2e`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('every answer over HTTP', () => {
  const handle = useMockServer();

  it('says X-Content-Type-Options: nosniff: JSON, no content, errors, preflight and streams', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await fetch(`${handle.base}/tickets/${ticket.id}/events`, {
      headers: bearer(accessToken),
    });
    const reader = new SseReader(stream);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await reader.nextFrame())?.event).toBe('ticket');
    await reader.cancel();
    const answers = [
      await fetch(`${handle.base}/topics`),
      await fetch(`${handle.base}/no-such-endpoint`),
      await fetch(`${handle.base}/tickets/${ticket.id}`),
      await postJson(`${handle.base}/tickets`, '{', { 'Idempotency-Key': newKey() }),
      await fetch(`${handle.base}/tickets`, { method: 'OPTIONS' }),
      await fetch(`${handle.base}/_mock/reset`, { method: 'POST' }),
      await fetch(`${handle.base}/_mock/stats`),
    ];
    for (const response of answers) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      await response.body?.cancel();
    }
  });
});

describe('the charset of a JSON body', () => {
  const handle = useMockServer();
  const create = (contentType: string) =>
    postJson(`${handle.base}/tickets`, ticketBody(), {
      'Content-Type': contentType,
      'Idempotency-Key': newKey(),
    });

  it('refuses anything but UTF-8 with 415 unsupported_media_type, and stores nothing', async () => {
    for (const contentType of [
      'application/json; charset=latin1',
      'application/json; charset="ISO-8859-1"',
      'application/json;charset=utf-16',
      'application/json; charset=windows-1252',
    ]) {
      const response = await create(contentType);
      expect(response.status, contentType).toBe(415);
      const error = await errorOf(response);
      expect(error.code).toBe('unsupported_media_type');
      expect(error.message).toMatch(/UTF-8/);
    }
    const stats = (await (await fetch(`${handle.base}/_mock/stats`)).json()) as {
      tickets: number;
    };
    expect(stats.tickets).toBe(0);
  });

  it('takes UTF-8 in any spelling, and no charset at all', async () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON; Charset="UTF-8"',
      'application/json;charset=utf8',
    ]) {
      expect((await create(contentType)).status, contentType).toBe(201);
    }
  });
});

describe('the base path', () => {
  const handle = useMockServer();

  it('must start the path: a prefix before it, or dot segments into it, find no endpoint', async () => {
    const { url } = handle.server;
    for (const path of [
      '/x/api/v1/_mock/stats',
      '/x/%2e%2e/api/v1/_mock/stats',
      '/x/%2E%2E/api/v1/topics',
      '/api/v1/x/%2e%2e/_mock/stats',
      '/api/v1/x/../_mock/stats',
      '/api/v1/./_mock/stats',
      '/x/api/v1/topics',
    ]) {
      const reply = await rawGet(url, path);
      expect(reply.status, path).toBe(404);
      expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await rawGet(url, '/api/v1/_mock/stats')).status).toBe(200);
  });

  it('is anchored in process too: msw’s * matches no prefix before the path', async () => {
    const api = createMockApi();
    for (const url of [
      'https://a.example/x/api/v1/_mock/stats',
      'https://a.example/x/api/v1/topics',
      'https://a.example/x/api/v1/no-such-endpoint',
    ]) {
      expect(await getResponse(api.handlers, new Request(url)), url).toBeUndefined();
    }
    const preflight = new Request('https://a.example/x/api/v1/topics', { method: 'OPTIONS' });
    expect(await getResponse(api.handlers, preflight)).toBeUndefined();
    const hit = await getResponse(api.handlers, new Request('https://a.example/api/v1/topics'));
    expect(hit?.status).toBe(200);
  });
});

describe('the mock control endpoints', () => {
  const handle = useMockServer();

  it('refuse a browser on another origin with 403, before acting, and without CORS headers', async () => {
    await fileTicket(handle.base);
    const reset = await fetch(`${handle.base}/_mock/reset`, {
      method: 'POST',
      headers: { Origin: 'https://attacker.example' },
    });
    expect(reset.status).toBe(403);
    expect((await errorOf(reset)).code).toBe('forbidden');
    expect(reset.headers.get('access-control-allow-origin')).toBeNull();
    const sneaky = await fetch(`${handle.base}/_mock/outbox`, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(sneaky.status).toBe(403);
    const preflight = await fetch(`${handle.base}/_mock/clock`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    const stats = (await (await fetch(`${handle.base}/_mock/stats`)).json()) as {
      tickets: number;
    };
    expect(stats.tickets).toBe(1);
  });

  it('answer their own origin and clients outside a browser, still without CORS headers', async () => {
    const own = await fetch(`${handle.base}/_mock/stats`, {
      headers: { Origin: handle.server.url, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    const plain = await fetch(`${handle.base}/_mock/stats`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    // The API itself still answers every origin.
    const topics = await fetch(`${handle.base}/topics`, {
      headers: { Origin: 'https://portal.example.fi' },
    });
    expect(topics.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuse a body over 64 KiB with 413 without CORS headers, as their own answers', async () => {
    const body = `{"advanceMinutes":1,"x":"${'x'.repeat(70_000)}"}`;
    const headers = { 'Content-Type': 'application/json' };
    const clock = await fetch(`${handle.base}/_mock/clock`, { method: 'POST', headers, body });
    expect(clock.status).toBe(413);
    expect((await errorOf(clock)).code).toBe('payload_too_large');
    expect(clock.headers.get('access-control-allow-origin')).toBeNull();
    const tickets = await fetch(`${handle.base}/tickets`, { method: 'POST', headers, body });
    expect(tickets.status).toBe(413);
    expect(tickets.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answer pages on loopback (the desk console on another port) with CORS for that origin alone', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:4173']) {
      const stats = await fetch(`${handle.base}/_mock/stats`, {
        headers: { Origin: origin, 'Sec-Fetch-Site': 'same-site' },
      });
      expect(stats.status).toBe(200);
      expect(stats.headers.get('access-control-allow-origin')).toBe(origin);
      expect(stats.headers.get('vary')).toBe('Origin');
      // The control client pages the outbox by this header.
      expect(stats.headers.get('access-control-expose-headers')).toContain('X-Next-Cursor');
      const preflight = await fetch(`${handle.base}/_mock/clock`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Content-Type');
    }
    for (const origin of ['http://localhost.attacker.example', 'null', 'http://127.0.0.1.nip.io']) {
      const refused = await fetch(`${handle.base}/_mock/stats`, { headers: { Origin: origin } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answer the origins in mockControlOrigins, and refuse a setting that is not an origin', async () => {
    const api = createMockApi({ mockControlOrigins: ['https://desk.example:8443'] });
    const ask = (origin: string) =>
      getResponse(
        api.handlers,
        new Request('https://mock.example/api/v1/_mock/stats', { headers: { Origin: origin } }),
      );
    const allowed = await ask('https://desk.example:8443');
    expect(allowed?.status).toBe(200);
    expect(allowed?.headers.get('access-control-allow-origin')).toBe('https://desk.example:8443');
    expect((await ask('https://desk.example'))?.status).toBe(403);
    expect(() => createMockApi({ mockControlOrigins: ['https://desk.example/console'] })).toThrow(
      RangeError,
    );
  });

  it('move the clock at most 100 years ahead in all: further is 400, and dates stay valid', async () => {
    const tenYears = 5_256_000;
    const move = (advanceMinutes: number) =>
      postJson(`${handle.base}/_mock/clock`, { advanceMinutes });
    for (let step = 0; step < 10; step += 1) expect((await move(tenYears)).status).toBe(204);
    expect(MAX_CLOCK_OFFSET_MINUTES).toBe(10 * tenYears);
    const refused = await move(1);
    expect(refused.status).toBe(400);
    const error = await errorOf(refused);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([expect.objectContaining({ path: ['advanceMinutes'] })]);
    expect(error.message).toMatch(/100 years/);
    const clock = (await (await fetch(`${handle.base}/_mock/clock`)).json()) as {
      now: string;
      offsetMinutes: number;
    };
    expect(clock.offsetMinutes).toBe(MAX_CLOCK_OFFSET_MINUTES);
    expect(clock.now).toMatch(/^\d{4}-/);
    expect((await fileTicket(handle.base)).ticket.createdAt).toMatch(/^\d{4}-/);
    expect((await fetch(`${handle.base}/_mock/reset`, { method: 'POST' })).status).toBe(204);
    expect((await move(tenYears)).status).toBe(204);
  });

  it('in process, refuse the same jump with a RangeError and leave the clock where it was', () => {
    const api = createMockApi();
    api.advanceClock(MAX_CLOCK_OFFSET_MINUTES);
    const at = api.now().getTime();
    expect(() => api.advanceClock(1)).toThrow(RangeError);
    expect(() => api.advanceClock(1e12)).toThrow(RangeError);
    expect(api.now().getTime() - at).toBeLessThan(60_000);
  });
});

describe('where the Node server listens', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('warns once on stderr beyond loopback, naming the address and no key', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const server = await startMockServer({ port: 0, host: '0.0.0.0' });
    await server.close();
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toContain('0.0.0.0');
    expect(line).toContain('loopback');
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/dev-[a-z]/);
  });

  it('says nothing on loopback', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const host of ['127.0.0.1', 'localhost']) {
      const server = await startMockServer({ port: 0, host });
      await server.close();
    }
    expect(warn).not.toHaveBeenCalled();
  });
});
