import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson, rawBody, spoiler, type Spoiler } from './support/bodies.js';
import { callFor, freshKey } from './support/calls.js';
import { expectDocumented, expectUnknownEndpoint } from './support/contract.js';
import { endpointNamed, endpoints } from './support/endpoints.js';
import { fixtureNames, type Fixture, type FixtureName } from './support/fixtures.js';
import { authorizationValue } from './support/headers.js';
import { holdFixture, restoreFixture } from './support/probe.js';
import { forAll } from './support/property.js';
import { expectUnchanged, snapshot } from './support/snapshot.js';
import { bearer, jsonHeaders, type Call } from './support/world.js';

/** One request of a sequence: an endpoint spoiled one way, or a method no endpoint takes. */
type Step =
  | { endpoint: string; ticket: FixtureName; json: unknown }
  | { endpoint: string; ticket: FixtureName; spoil: Spoiler }
  | { endpoint: string; ticket: FixtureName; raw: string | Uint8Array }
  | { endpoint: string; ticket: FixtureName; authorization: string }
  | { unknown: Call };

const on = fc.tuple(
  fc.constantFrom(...endpoints.map((e) => e.name)),
  fc.constantFrom(...fixtureNames),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(on, anyJson).map(([[endpoint, ticket], json]) => ({ endpoint, ticket, json })),
  fc.tuple(on, spoiler).map(([[endpoint, ticket], spoil]) => ({ endpoint, ticket, spoil })),
  fc.tuple(on, rawBody).map(([[endpoint, ticket], raw]) => ({ endpoint, ticket, raw })),
  fc
    .tuple(on, authorizationValue('dev-opin'))
    .map(([[endpoint, ticket], authorization]) => ({ endpoint, ticket, authorization })),
  fc.tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH'), fc.webPath()).map(([method, path]) => ({
    unknown: { method, path: `/${path.replace(/^\/+/, '')}`, body: '{}' },
  })),
);

function callOf(s: Exclude<Step, { unknown: Call }>, fixture: Fixture): Call {
  const endpoint = endpointNamed(s.endpoint);
  const ticket = fixture.tickets[s.ticket];
  if ('authorization' in s) {
    const call = callFor(endpoint, ticket);
    return { ...call, headers: { ...call.headers, Authorization: s.authorization } };
  }
  if (endpoint.method === 'GET') return callFor(endpoint, ticket);
  if ('json' in s) return callFor(endpoint, ticket, JSON.stringify(s.json));
  if ('raw' in s) return callFor(endpoint, ticket, s.raw);
  return callFor(endpoint, ticket, JSON.stringify(s.spoil(endpoint.validBody?.(ticket) ?? {})));
}

async function expectServesNewTicket(fixture: Fixture): Promise<void> {
  const created = await fixture.world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': freshKey() }),
    body: JSON.stringify({
      topicId: 'sign-in',
      origin: 'opin',
      language: 'en',
      subject: 'Still there?',
      description: 'A known-good ticket after the sequence.',
      contact: { email: 'check@example.fi' },
    }),
  });
  expect(created.status, created.text).toBe(201);
  const { ticket, accessToken } = JSON.parse(created.text) as {
    ticket: { id: string };
    accessToken: string;
  };
  const path = `/tickets/${ticket.id}`;
  const read = await fixture.world.send({ method: 'GET', path, headers: bearer(accessToken) });
  expect(read.status, read.text).toBe(200);
}

describe('any sequence of requests', () => {
  it('leaves the state as it was after every refusal, and the server serving at the end', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    const holder = await holdFixture();
    await forAll(fc.array(step, { minLength: 1, maxLength: 10 }), 100, async (steps) => {
      await restoreFixture(holder);
      const { fixture } = holder;
      for (const s of steps) {
        const call = 'unknown' in s ? s.unknown : callOf(s, fixture);
        const before = await snapshot(
          fixture.world,
          fixture.tickets['unknown' in s ? 'received' : s.ticket],
        );
        const reply = await fixture.world.send(call);
        if ('unknown' in s) expectUnknownEndpoint(reply);
        else expectDocumented(endpointNamed(s.endpoint), reply);
        if (reply.status >= 400) {
          await expectUnchanged(fixture.world, before, `${call.method} ${call.path}`);
        }
      }
      holder.dirty = true;
      await expectServesNewTicket(fixture);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
    });
  });
});
