/**
 * Slow and greedy clients of the Node server: requests that never finish are answered 408 and
 * closed, idle connections are closed, and connections past the caps are refused. The server's
 * timeouts are set small here; every wait on the test's side has a ceiling of 10 s, and the tests
 * assert that the server cut the connection, not how fast.
 */
import { describe, expect, it } from 'vitest';
import { resolveConnectionLimits } from '@opin/support-http/node';
import {
  errorCodeOf,
  exchange,
  openRaw,
  statusOf,
  type RawConnection,
} from './support/raw-socket.js';
import { bearer, fileTicket, useMockServer } from './support/http.js';
import { SseReader } from './support/sse.js';

const small = {
  headersTimeoutMs: 200,
  requestTimeoutMs: 400,
  keepAliveTimeoutMs: 200,
  heartbeatMs: 50,
};
const GET_TOPICS = 'GET /api/v1/topics HTTP/1.1\r\nHost: mock\r\n\r\n';

/** Writes one byte every 50 ms until the server answers or closes. */
function trickle(connection: RawConnection, byte: string): void {
  const timer = setInterval(() => {
    if (connection.received() !== '' || connection.socket.destroyed) clearInterval(timer);
    else connection.socket.write(byte);
  }, 50);
  connection.socket.once('close', () => clearInterval(timer));
}

describe('slow clients', () => {
  const handle = useMockServer(small);

  it('answers a request whose headers never finish with 408 request_timeout and closes', async () => {
    const connection = await openRaw(handle.server.url);
    connection.socket.write('POST /api/v1/tickets HTTP/1.1\r\nHost: mock\r\n');
    trickle(connection, 'X');
    const { text, closed } = await connection.outcome();
    expect(closed).toBe(true);
    expect(statusOf(text)).toBe(408);
    expect(errorCodeOf(text)).toBe('request_timeout');
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
  });

  it('answers a body trickled byte by byte with 408 and closes', async () => {
    const connection = await openRaw(handle.server.url);
    connection.socket.write(
      'POST /api/v1/tickets HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n' +
        'Idempotency-Key: slow-body-1\r\nContent-Length: 1000\r\n\r\n{',
    );
    trickle(connection, ' ');
    const { text, closed } = await connection.outcome();
    expect(closed).toBe(true);
    expect(statusOf(text)).toBe(408);
    expect(errorCodeOf(text)).toBe('request_timeout');
  });

  it('closes a connection that sends nothing', async () => {
    const connection = await openRaw(handle.server.url);
    const { text, closed } = await connection.outcome();
    expect(closed).toBe(true);
    expect([0, 408]).toContain(statusOf(text));
  });

  it('closes a keep-alive connection left idle after its response', async () => {
    const connection = await openRaw(handle.server.url);
    expect(statusOf(await exchange(connection, GET_TOPICS))).toBe(200);
    expect((await connection.outcome()).closed).toBe(true);
  });

  it('keeps serving others while a slow client waits, and does not cut event streams', async () => {
    const slow = await openRaw(handle.server.url);
    slow.socket.write('GET /api/v1/topics HTTP/1.1\r\n');
    const { ticket, accessToken } = await fileTicket(handle.base);
    const stream = await fetch(`${handle.base}/tickets/${ticket.id}/events`, {
      headers: bearer(accessToken),
    });
    const reader = new SseReader(stream);
    expect((await slow.outcome()).closed).toBe(true);
    // Well past every timeout of the server, the stream still delivers.
    const started = Date.now();
    while (Date.now() - started < 3 * small.requestTimeoutMs) {
      expect(await reader.next()).toBeDefined();
    }
    await reader.cancel();
  });
});

describe('connection caps', () => {
  it('closes connections past maxConnectionsPerClient at once, and takes new ones when one ends', async () => {
    await capTest({ maxConnectionsPerClient: 2 });
  });

  it('closes connections past maxConnections at once', async () => {
    await capTest({ maxConnections: 2 });
  });
});

describe('the limits’ defaults', () => {
  it('are documented: 10 s for headers, 30 s for a request, 5 s keep-alive, 1,024 connections, 128 per client', () => {
    expect(resolveConnectionLimits({})).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_024,
      maxConnectionsPerClient: 128,
    });
  });

  it('refuse values that cannot work', () => {
    expect(() => resolveConnectionLimits({ headersTimeoutMs: 0 })).toThrow(RangeError);
    expect(() => resolveConnectionLimits({ headersTimeoutMs: 500, requestTimeoutMs: 100 })).toThrow(
      RangeError,
    );
    expect(() => resolveConnectionLimits({ maxConnections: -1 })).toThrow(RangeError);
  });
});

async function capTest(options: { maxConnections?: number; maxConnectionsPerClient?: number }) {
  const { startMockServer } = await import('../src/node/index.js');
  const server = await startMockServer({ port: 0, keepAliveTimeoutMs: 5_000, ...options });
  try {
    const first = await openRaw(server.url);
    const second = await openRaw(server.url);
    // Answered, so the server has surely counted both.
    expect(statusOf(await exchange(first, GET_TOPICS))).toBe(200);
    expect(statusOf(await exchange(second, GET_TOPICS))).toBe(200);
    const third = await openRaw(server.url);
    const refused = await third.outcome();
    expect(refused).toEqual({ text: '', closed: true });

    first.socket.destroy();
    let answered = 0;
    const deadline = Date.now() + 10_000;
    while (answered === 0 && Date.now() < deadline) {
      const next = await openRaw(server.url);
      try {
        answered = statusOf(await exchange(next, GET_TOPICS));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        next.socket.destroy();
      }
    }
    expect(answered).toBe(200);
    second.socket.destroy();
  } finally {
    await server.close();
  }
}
