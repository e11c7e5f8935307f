import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deskKeyFor } from '../../src/index.js';
import { callFor } from './support/calls.js';
import { endpointNamed, endpoints } from './support/endpoints.js';
import { createFixture, fixtureNames } from './support/fixtures.js';
import {
  asSent,
  authorizationValue,
  bearerTokenOf,
  headerValue,
  isDeskKey,
  isValidIdempotencyKey,
  noiseHeaders,
} from './support/headers.js';
import { holdFixture, probe } from './support/probe.js';
import { forAll } from './support/property.js';

const anyTicket = fc.constantFrom(...fixtureNames);
const guarded = endpoints.filter((e) => e.caller !== 'anyone').map((e) => e.name);

describe('any header at every endpoint', () => {
  afterEach(() => vi.useRealTimers());

  it('opens nothing with an Authorization header that is not the exact credential', async () => {
    const holder = await holdFixture();
    const cases = fc.tuple(fc.constantFrom(...guarded), anyTicket).chain(([endpoint, name]) => {
      const { token, owner } = holder.fixture.tickets[name];
      const real = endpointNamed(endpoint).caller === 'learner' ? token : deskKeyFor(owner);
      return fc.tuple(fc.constant(endpoint), fc.constant(name), authorizationValue(real));
    });
    await forAll(cases, 200, async ([endpointName, name, authorization]) => {
      const endpoint = endpointNamed(endpointName);
      const sent = bearerTokenOf(authorization);
      const { reply } = await probe(holder, endpoint, name, (fx) => {
        const call = callFor(endpoint, fx.tickets[name]);
        return { ...call, headers: { ...call.headers, Authorization: authorization } };
      });
      if (sent === undefined) expect(reply.status).toBe(401);
      else if (endpoint.caller === 'desk' && !isDeskKey(sent)) expect(reply.status).toBe(401);
      else if (endpoint.caller === 'learner' && sent !== holder.fixture.tickets[name].token) {
        expect(reply.status).toBe(404);
      }
    });
  });

  it('files a ticket only with an Idempotency-Key of 8–255 printable ASCII characters', async () => {
    const holder = await holdFixture();
    const create = endpointNamed('POST /tickets');
    const key = fc.oneof(
      headerValue,
      fc.integer({ min: 5, max: 260 }).map((length) => 'k'.repeat(length)),
      fc
        .string({ unit: 'binary-ascii', minLength: 6, maxLength: 12 })
        .filter((value) => !/[\0\r\n]/.test(value)),
    );
    await forAll(fc.option(key, { nil: undefined }), 200, async (value) => {
      const { reply, error } = await probe(holder, create, 'received', (fx) => {
        const call = callFor(create, fx.tickets.received);
        const headers: Record<string, string> = { ...call.headers };
        delete headers['Idempotency-Key'];
        if (value !== undefined) headers['Idempotency-Key'] = value;
        return { ...call, headers };
      });
      if (value !== undefined && isValidIdempotencyKey(value)) {
        expect(reply.status).toBe(201);
      } else {
        expect(reply.status).toBe(400);
        expect(error?.details?.[0]?.path).toEqual(['headers', 'Idempotency-Key']);
      }
    });
  });

  it('reads JSON under any spelling of application/json and refuses other media types with 415', async () => {
    const holder = await holdFixture();
    const jsonType = fc
      .tuple(
        fc.mixedCase(fc.constant('application/json')),
        fc.constantFrom('', ';', '; charset=utf-8', ' ; charset="UTF-8"'),
      )
      .map(([type, parameters]) => `${type}${parameters}`);
    const otherType = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/json',
        'application/jsonp',
        'application/ld+json',
        'json',
        '*/*',
      ),
      headerValue,
    );
    const cases = fc.tuple(
      fc.constantFrom(...endpoints.filter((e) => e.body === 'required').map((e) => e.name)),
      anyTicket,
      fc.oneof(jsonType, otherType),
    );
    await forAll(cases, 200, async ([endpointName, name, type]) => {
      const endpoint = endpointNamed(endpointName);
      const { reply } = await probe(holder, endpoint, name, (fx) => {
        const call = callFor(endpoint, fx.tickets[name]);
        return { ...call, headers: { ...call.headers, 'Content-Type': type } };
      });
      const isJson = asSent(type).split(';')[0]?.trim().toLowerCase() === 'application/json';
      if (isJson) expect(reply.status).not.toBe(415);
      else expect([401, 403, 404, 415]).toContain(reply.status);
    });
  });

  it('answers the same with any number of unrelated or hostile headers added', async () => {
    const holder = await holdFixture();
    const reads = endpoints
      .filter((e) => e.method === 'GET' && !e.name.endsWith('/events'))
      .map((e) => e.name);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() }); // GET /_mock/clock tells the time
    await forAll(
      fc.tuple(fc.constantFrom(...reads), anyTicket, noiseHeaders),
      200,
      async ([endpointName, name, noise]) => {
        const endpoint = endpointNamed(endpointName);
        const call = callFor(endpoint, holder.fixture.tickets[name]);
        const plain = await holder.fixture.world.send(call);
        // The mock's own endpoints refuse another origin (test/http-hardening.test.ts).
        const added = endpointName.includes(' /_mock/')
          ? noise.filter(([header]) => !/^(?:origin|sec-fetch-site)$/i.test(header))
          : noise;
        const { reply } = await probe(holder, endpoint, name, () => ({
          ...call,
          headers: { ...Object.fromEntries(added), ...call.headers },
        }));
        expect(reply.status).toBe(plain.status);
        expect(reply.text).toBe(plain.text);
      },
    );
  });
});

describe('Last-Event-ID on the event stream', () => {
  it('sends the current ticket unless the id names its version or a later one, and leaks no follower', async () => {
    const fixture = await createFixture();
    const events = endpointNamed('GET /tickets/{id}/events');
    const lastEventId = fc.oneof(
      headerValue,
      fc.nat({ max: 20 }).map(String),
      fc.constantFrom('1e3', '-1', '0x10', '99999999999999999999'),
    );
    await forAll(fc.tuple(anyTicket, lastEventId), 200, async ([name, id]) => {
      const ticket = fixture.tickets[name];
      const call = callFor(events, ticket);
      const reply = await fixture.world.send({
        ...call,
        headers: { ...call.headers, 'Last-Event-ID': id },
      });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const view = await fixture.world.send({ ...call, path: `/tickets/${ticket.id}` });
      const { version } = JSON.parse(view.text) as { version: number };
      // A version is a safe integer: an id of more digits is no version and is ignored.
      const seen = /^\d{1,15}$/.test(asSent(id)) && Number(asSent(id)) >= version;
      if (seen) expect(reply.text).toMatch(/^:/);
      else expect(reply.text).toMatch(new RegExp(`^event: ticket\nid: ${version}\n`));
      // The mock's followers are at hand; the server's are the in-process followers of its
      // repository, which it does not expose: there, the stream's end is not checked.
      if (fixture.world.ctx) expect(fixture.world.ctx.tickets.followerCount).toBe(0);
    });
  });
});
