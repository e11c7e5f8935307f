/**
 * Idempotency-Keys belong to the client that used them (the rate limit's client key) and expire
 * after `idempotencyTtlMinutes` of the server clock; at most a fixed number are kept.
 */
import { createTicketResponseSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { MemoryIdempotencyStore } from '@opin/support-http';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { jsonHeaders } from './property/support/world.js';
import { newKey, ticketBody } from './support/http.js';

async function file(world: MockWorld, key: string, client = '192.0.2.1') {
  const reply = await world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': key, 'X-Opin-Mock-Client': client }),
    body: JSON.stringify(ticketBody()),
  });
  expect(reply.status, reply.text).toBe(201);
  return {
    replayed: reply.headers.get('idempotent-replayed') === 'true',
    ...createTicketResponseSchema.parse(JSON.parse(reply.text)),
  };
}

describe('Idempotency-Keys', () => {
  it('replay only to the client that used them: another client’s key never returns the first token', async () => {
    const world = createMockWorld();
    const key = newKey();
    const first = await file(world, key, '192.0.2.1');
    expect((await file(world, key, '192.0.2.1')).replayed).toBe(true);
    const other = await file(world, key, '198.51.100.7');
    expect(other.replayed).toBe(false);
    expect(other.accessToken).not.toBe(first.accessToken);
    expect(other.ticket.id).not.toBe(first.ticket.id);
    // One IPv6 /64 is one client, as for the rate limit.
    const v6 = await file(world, key, '2001:db8::1');
    expect((await file(world, key, '2001:db8::2')).accessToken).toBe(v6.accessToken);
  });

  it('expire after idempotencyTtlMinutes of the server clock', async () => {
    const world = createMockWorld({ idempotencyTtlMinutes: 60 });
    const key = newKey();
    const first = await file(world, key);
    world.ctx.clock.advance(59);
    expect((await file(world, key)).accessToken).toBe(first.accessToken);
    world.ctx.clock.advance(1);
    const later = await file(world, key);
    expect(later.replayed).toBe(false);
    expect(later.ticket.id).not.toBe(first.ticket.id);
  });

  it('are forgotten once expired, so memory stays bounded', async () => {
    const world = createMockWorld();
    for (let i = 0; i < 5; i++) await file(world, newKey());
    expect(world.ctx.http.idempotency.size).toBe(5);
    world.ctx.clock.advance(24 * 60);
    await file(world, newKey());
    expect(world.ctx.http.idempotency.size).toBe(1);
  });

  it('are kept up to a fixed number, the oldest going first', async () => {
    const records = new MemoryIdempotencyStore(3);
    const day = 24 * 60 * 60_000;
    const response = { status: 201, body: '{}' };
    const attempt = () => Promise.resolve({ response, remember: true });
    for (let i = 0; i < 10; i++) await records.once('client', `key-${i}`, '', i, day, attempt);
    expect(records.size).toBe(3);
    // A key still kept answers with its record; one pushed out runs its attempt afresh.
    expect(await records.once('client', 'key-9', '', 10, day, attempt)).toEqual({
      held: { state: 'done', fingerprint: '', ...response, at: 9 },
    });
    expect(await records.once('client', 'key-0', '', 10, day, attempt)).toEqual({
      answered: response,
    });
  });
});
