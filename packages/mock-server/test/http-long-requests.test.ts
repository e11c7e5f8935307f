/**
 * URLs and request heads that are too long: 414 `uri_too_long` for a URL over 8,192 characters
 * (in process and over HTTP, however long), 431 `headers_too_large` for headers over 16 KiB.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMockWorld } from './property/support/mock-world.js';
import { errorCodeOf, exchange, openRaw, statusOf } from './support/raw-socket.js';
import { errorOf, useMockServer } from './support/http.js';

describe('a URL over 8,192 characters', () => {
  const handle = useMockServer();

  it('is answered 414 uri_too_long over HTTP, logs nothing, and the server keeps serving', async () => {
    const logged = vi.spyOn(console, 'error');
    for (const length of [8_200, 12_000]) {
      const response = await fetch(`${handle.base}/tickets/${'a'.repeat(length)}`);
      expect(response.status).toBe(414);
      expect((await errorOf(response)).code).toBe('uri_too_long');
    }
    const query = await fetch(`${handle.base}/articles?q=${'b'.repeat(9_000)}`);
    expect(query.status).toBe(414);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect((await fetch(`${handle.base}/tickets/${'a'.repeat(8_000)}`)).status).toBe(401);
    expect((await fetch(`${handle.base}/topics`)).status).toBe(200);
  });

  it('is answered 414 even when the request line alone passes the 16 KiB head limit', async () => {
    const connection = await openRaw(handle.server.url);
    const path = `/api/v1/topics/${'c'.repeat(20_000)}`;
    connection.socket.write(`GET ${path} HTTP/1.1\r\nHost: mock\r\n\r\n`);
    const { text, closed } = await connection.outcome();
    expect(closed).toBe(true);
    expect(statusOf(text)).toBe(414);
    expect(errorCodeOf(text)).toBe('uri_too_long');
  });

  it('is answered 414 in process too (msw would throw on it)', async () => {
    const world = createMockWorld();
    const reply = await world.send({ method: 'GET', path: `/tickets/${'d'.repeat(9_000)}` });
    expect(reply.status).toBe(414);
    expect(JSON.parse(reply.text)).toMatchObject({ error: { code: 'uri_too_long' } });
  });
});

describe('request headers over 16 KiB', () => {
  const handle = useMockServer();

  it('are answered 431 headers_too_large and the connection closes', async () => {
    const connection = await openRaw(handle.server.url);
    const reply = exchange(
      connection,
      `GET /api/v1/topics HTTP/1.1\r\nHost: mock\r\nX-Big: ${'e'.repeat(20_000)}\r\n\r\n`,
    );
    const text = await reply;
    expect(statusOf(text)).toBe(431);
    expect(errorCodeOf(text)).toBe('headers_too_large');
    expect((await connection.outcome()).closed).toBe(true);
  });
});
