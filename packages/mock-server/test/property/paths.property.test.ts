import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectUnknownEndpoint } from './support/contract.js';
import { callFor } from './support/calls.js';
import { endpointNamed, endpoints } from './support/endpoints.js';
import { createFixture, fixtureNames } from './support/fixtures.js';
import { holdFixture, probe } from './support/probe.js';
import { forAll } from './support/property.js';
import { expectStillServing } from './support/serving.js';
import { expectUnchanged, snapshot } from './support/snapshot.js';

const anyTicket = fc.constantFrom(...fixtureNames);
const withId = endpoints.filter((e) => e.target !== 'none').map((e) => e.name);

/** Path segments that name no ticket or article, however they are decoded. */
const foreignSegment = fc.oneof(
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    '%',
    '%E0%A4%A',
    'OPIN-0',
    'OPIN-999999',
    'opin-000001',
    'OPIN-000001%00',
    'OPIN-000001%20',
    '%20OPIN-000001',
    'OPIN-0000001',
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }).map(encodeURIComponent),
);

function decodedOrRaw(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

describe('any path', () => {
  it('naming an unknown ticket or article gets 404 with valid credentials, never someone else’s', async () => {
    const holder = await holdFixture();
    const cases = fc.tuple(fc.constantFrom(...withId), anyTicket, foreignSegment);
    await forAll(cases, 200, async ([name, ticketName, segment]) => {
      const known = holder.fixture.list.map((ticket) => ticket.id);
      fc.pre(!known.includes(decodedOrRaw(segment)));
      const endpoint = endpointNamed(name);
      const { reply } = await probe(holder, endpoint, ticketName, (fx) => {
        const call = callFor(endpoint, fx.tickets[ticketName]);
        const id =
          endpoint.target === 'article' ? 'transcript-of-records' : fx.tickets[ticketName].id;
        return { ...call, path: call.path.replace(id, segment) };
      });
      expect(reply.status).toBe(404);
    });
  });

  it('that is no endpoint, or a method an endpoint does not take, gets a JSON 404 and changes nothing', async () => {
    const fixture = await createFixture();
    const known = endpoints.map((e) => callFor(e, fixture.tickets.received).path);
    const path = fc.oneof(
      fc.constantFrom(...known),
      fc.webPath().filter((p) => p.startsWith('/')),
      fc.constantFrom('/', '/api/v1', '/desk', '/desk/tickets', '/_mock', '/tickets/'),
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD');
    await forAll(fc.tuple(method, path), 200, async ([verb, target]) => {
      // msw matches a path with a trailing slash as the path without it.
      const route = target.replace(/(.)\/+$/, '$1');
      const listed = endpoints.some(
        (e) => e.method === verb && callFor(e, fixture.tickets.received).path === route,
      );
      fc.pre(!listed);
      const before = await snapshot(fixture.world, fixture.tickets.received);
      const body = verb === 'GET' || verb === 'HEAD' ? undefined : '{}';
      const reply = await fixture.world.send({ method: verb, path: target, body });
      expectUnknownEndpoint(reply, verb);
      await expectUnchanged(fixture.world, before, `${verb} ${target}`);
      await expectStillServing(fixture.world);
    });
  });

  it('answers a preflight for any path with 204 and the documented CORS headers', async () => {
    const fixture = await createFixture();
    await forAll(fc.webPath(), 100, async (target) => {
      const reply = await fixture.world.send({
        method: 'OPTIONS',
        path: target.startsWith('/') ? target : `/${target}`,
      });
      expect(reply.status).toBe(204);
      expect(reply.headers.get('access-control-allow-origin')).toBe('*');
      expect(reply.headers.get('access-control-allow-headers')).toBe(
        'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Prefer',
      );
    });
  });
});

describe('any query', () => {
  it('on any read endpoint is answered as documented and changes nothing', async () => {
    const holder = await holdFixture();
    const reads = endpoints.filter((e) => e.method === 'GET' && !e.name.endsWith('/events'));
    const parameter = fc.tuple(
      fc.oneof(
        fc.constantFrom('locale', 'q', 'topic', 'institution', 'to', 'ticketId'),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      fc.oneof(
        fc.constantFrom('fi', 'sv', 'en', 'FI', '', 'de', 'sign-in', 'helsinki', 'OPIN-000001'),
        fc.string({ unit: 'binary', maxLength: 12 }),
      ),
    );
    const cases = fc.tuple(
      fc.constantFrom(...reads.map((e) => e.name)),
      anyTicket,
      fc.array(parameter, { maxLength: 5 }),
    );
    await forAll(cases, 200, async ([name, ticketName, parameters]) => {
      const endpoint = endpointNamed(name);
      const query = new URLSearchParams(parameters).toString();
      await probe(holder, endpoint, ticketName, (fx) => {
        const call = callFor(endpoint, fx.tickets[ticketName]);
        return { ...call, path: `${call.path}?${query}` };
      });
    });
  });
});
