/**
 * Which bucket a ticket creation counts in, in process (the peer address is the header the Node
 * adapter sets): IPv6 by /64, IPv4-mapped IPv6 as IPv4, a ceiling over all clients, and idle
 * counters forgotten so memory stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { RateWindows } from '../../http/src/http/rate-limit.js';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { jsonHeaders } from './property/support/world.js';
import { newKey, ticketBody } from './support/http.js';

async function file(world: MockWorld, client: string): Promise<number> {
  const reply = await world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': newKey(), 'X-Opin-Mock-Client': client }),
    body: JSON.stringify(ticketBody()),
  });
  return reply.status;
}

async function statuses(world: MockWorld, clients: readonly string[]): Promise<number[]> {
  const result: number[] = [];
  for (const client of clients) result.push(await file(world, client));
  return result;
}

describe('the rate limit’s client key', () => {
  it('counts every address of one IPv6 /64 in one bucket, and another /64 apart', async () => {
    const world = createMockWorld({ rateLimitPerMinute: 2 });
    expect(
      await statuses(world, [
        '2001:db8:1:2::1',
        '2001:db8:1:2:ffff:ffff:ffff:fffe',
        '2001:0db8:0001:0002::abcd',
        '2001:db8:1:3::1',
      ]),
    ).toEqual([201, 201, 429, 201]);
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    const world = createMockWorld({ rateLimitPerMinute: 1 });
    expect(await statuses(world, ['192.0.2.7', '::ffff:192.0.2.7', '::ffff:c000:207'])).toEqual([
      201, 429, 429,
    ]);
  });

  it('keeps a ceiling over all clients together', async () => {
    const world = createMockWorld({ rateLimitPerMinute: 5, globalRateLimitPerMinute: 3 });
    const clients = ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'];
    expect(await statuses(world, clients)).toEqual([201, 201, 201, 429]);
    world.ctx.clock.advance(1);
    expect(await file(world, '192.0.2.4')).toBe(201);
  });

  it('forgets the counters of clients idle for a minute, so memory stays bounded', async () => {
    const world = createMockWorld({ rateLimitPerMinute: 5 });
    const clients = Array.from({ length: 40 }, (_, i) => `198.51.100.${i + 1}`);
    expect(new Set(await statuses(world, clients))).toEqual(new Set([201]));
    expect(world.ctx.http.rateWindows.size).toBe(40);
    world.ctx.clock.advance(2);
    expect(await file(world, '203.0.113.1')).toBe(201);
    expect(world.ctx.http.rateWindows.size).toBe(1);
  });

  it('keeps at most a fixed number of counters, dropping the least recently counted', () => {
    const windows = new RateWindows(3);
    for (let i = 0; i < 10; i++) windows.record(`client-${i}`, 1_000 + i);
    expect(windows.size).toBe(3);
    expect(windows.recent('client-9', 1_010)).toEqual([1_009]);
    expect(windows.recent('client-0', 1_010)).toEqual([]);
  });
});
