import { createTicketResponseSchema } from '@opin/support-sdk/schemas';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectDocumented } from './support/contract.js';
import { freshKey } from './support/calls.js';
import { endpointNamed } from './support/endpoints.js';
import { forAll } from './support/property.js';
import { storedState } from './support/snapshot.js';
import { bearer, createWorld, jsonHeaders, ticketCount, type World } from './support/world.js';

const create = endpointNamed('POST /tickets');
const body = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'sv',
  subject: 'Inloggningen misslyckas',
  description: 'Jag kommer inte in.',
  contact: { email: 'anna@example.fi' },
};

function file(world: World, extra: Record<string, unknown>, key = freshKey(), client = 'shared') {
  return world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': key, 'X-Opin-Mock-Client': client }),
    body: JSON.stringify({ ...body, ...extra }),
  });
}

describe('the honeypot', () => {
  it('answers any filled website field with a plausible 201 but stores, sends and opens nothing', async () => {
    const world = await createWorld();
    const filled = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 2000 })
      .filter((s) => s.trim() !== '');
    await forAll(filled, 150, async (website) => {
      const before = await storedState(world);
      const reply = await file(world, { website });
      expectDocumented(create, reply);
      expect(reply.status).toBe(201);
      const { ticket, accessToken } = createTicketResponseSchema.parse(JSON.parse(reply.text));
      expect(await storedState(world)).toBe(before);
      const lookup = await world.send({
        method: 'GET',
        path: `/tickets/${ticket.id}`,
        headers: bearer(accessToken),
      });
      expect(lookup.status).toBe(404);
    });
    const person = await file(world, { website: '' });
    expect(person.status).toBe(201);
    expect(await ticketCount(world)).toBe(1);
  });
});

describe('the rate limit', () => {
  afterEach(() => vi.useRealTimers());

  it('lets at most N creations per client through in any minute and names the wait in Retry-After', async () => {
    const action = fc.record({
      waitSeconds: fc.integer({ min: 0, max: 40 }),
      client: fc.constantFrom('192.0.2.1', '192.0.2.2'),
      kind: fc.constantFrom('new', 'new', 'replay', 'honeypot', 'invalid'),
    });
    const cases = fc.tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.array(action, { minLength: 1, maxLength: 14 }),
    );
    await forAll(cases, 120, async ([limit, actions]) => {
      vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 25, 12) });
      const world = await createWorld({ rateLimitPerMinute: limit });
      const accepted = new Map<string, number[]>();
      // Idempotency-Keys belong to the client that used them.
      const keysOf = new Map<string, string[]>();
      const attempt = async (client: string, kind: string) => {
        const now = Date.now();
        const recent = (accepted.get(client) ?? []).filter((at) => at > now - 60_000);
        const keys = keysOf.get(client) ?? [];
        const key = kind === 'replay' && keys.length > 0 ? (keys[0] ?? '') : freshKey();
        const stored = await ticketCount(world);
        const reply = await file(
          world,
          kind === 'honeypot' ? { website: 'x' } : kind === 'invalid' ? { subject: '' } : {},
          key,
          client,
        );
        expectDocumented(create, reply);
        if (kind === 'invalid') return expect(reply.status).toBe(400);
        if (kind === 'replay' && keys.length > 0)
          return expect(reply.headers.get('idempotent-replayed')).toBe('true');
        if (recent.length >= limit) {
          expect(reply.status).toBe(429);
          const oldest = recent[0] ?? now;
          expect(reply.headers.get('retry-after')).toBe(
            String(Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000))),
          );
          expect(await ticketCount(world)).toBe(stored);
          return Number(reply.headers.get('retry-after'));
        }
        expect(reply.status).toBe(201);
        accepted.set(client, [...recent, now]);
        if (kind === 'new') keysOf.set(client, [...keys, key]);
        return undefined;
      };
      for (const { waitSeconds, client, kind } of actions) {
        vi.setSystemTime(Date.now() + waitSeconds * 1000);
        const retryAfter = await attempt(client, kind);
        if (typeof retryAfter === 'number') {
          vi.setSystemTime(Date.now() + retryAfter * 1000);
          await attempt(client, 'new');
        }
      }
    });
  });
});
