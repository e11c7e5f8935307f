/**
 * The client address behind a proxy: only when the socket's peer is a configured trusted proxy
 * does `X-Forwarded-For` count, and then its right-most address that is not a trusted proxy.
 */
import { describe, expect, it } from 'vitest';
import { newKey, postJson, ticketBody, useMockServer } from './support/http.js';

function create(base: string, headers: Record<string, string>): Promise<number> {
  return postJson(`${base}/tickets`, ticketBody(), {
    'Idempotency-Key': newKey(),
    ...headers,
  }).then((response) => response.status);
}

describe('behind a trusted proxy', () => {
  const handle = useMockServer({ rateLimitPerMinute: 1, trustedProxies: ['127.0.0.0/8'] });

  it('counts each learner by the right-most untrusted X-Forwarded-For address', async () => {
    const xff = (value: string) => create(handle.base, { 'X-Forwarded-For': value });
    expect(await xff('198.51.100.1')).toBe(201);
    expect(await xff('198.51.100.1')).toBe(429);
    expect(await xff('198.51.100.2')).toBe(201);
    // What the learner wrote on the left is not believed.
    expect(await xff('203.0.113.9, 198.51.100.2')).toBe(429);
    // A trusted hop on the right is skipped.
    expect(await xff('198.51.100.3, 127.0.0.5')).toBe(201);
    expect(await xff('[2001:db8::1]:4711')).toBe(201);
    expect(await xff('2001:db8::2')).toBe(429);
  });
});

describe('without a trusted proxy', () => {
  const handle = useMockServer({ rateLimitPerMinute: 1 });

  it('ignores X-Forwarded-For and X-Opin-Mock-Client: the socket’s address counts', async () => {
    expect(await create(handle.base, { 'X-Forwarded-For': '198.51.100.1' })).toBe(201);
    expect(await create(handle.base, { 'X-Forwarded-For': '198.51.100.2' })).toBe(429);
    expect(await create(handle.base, { 'X-Opin-Mock-Client': '198.51.100.3' })).toBe(429);
  });
});
