import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson, oversizedBody, rawBody, spoiler } from './support/bodies.js';
import { callFor } from './support/calls.js';
import { bodyEndpoints, endpointNamed } from './support/endpoints.js';
import { fixtureNames } from './support/fixtures.js';
import { holdFixture, probe } from './support/probe.js';
import { forAll } from './support/property.js';

const anyEndpoint = fc.constantFrom(...bodyEndpoints.map((endpoint) => endpoint.name));
const anyTicket = fc.constantFrom(...fixtureNames);

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON ; charset=latin1',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json-seq',
  ';',
];

describe('any body at every endpoint that takes one', () => {
  it('answers any JSON value with a documented status and changes nothing when it refuses', async () => {
    const holder = await holdFixture();
    await forAll(fc.tuple(anyEndpoint, anyTicket, anyJson), 200, async ([name, ticket, value]) => {
      const endpoint = endpointNamed(name);
      await probe(holder, endpoint, ticket, (fx) =>
        callFor(endpoint, fx.tickets[ticket], JSON.stringify(value)),
      );
    });
  });

  it('answers a valid body with fields dropped, retyped or added as documented', async () => {
    const holder = await holdFixture();
    await forAll(fc.tuple(anyEndpoint, anyTicket, spoiler), 200, async ([name, ticket, spoil]) => {
      const endpoint = endpointNamed(name);
      await probe(holder, endpoint, ticket, (fx) => {
        const valid = endpoint.validBody?.(fx.tickets[ticket]) ?? {};
        return callFor(endpoint, fx.tickets[ticket], JSON.stringify(spoil(valid)));
      });
    });
  });

  it('answers raw text and bytes under any content type as documented', async () => {
    const holder = await holdFixture();
    const contentType = fc.option(fc.constantFrom(...contentTypes), { nil: undefined });
    const cases = fc.tuple(anyEndpoint, anyTicket, rawBody, contentType);
    await forAll(cases, 200, async ([name, ticket, body, type]) => {
      const endpoint = endpointNamed(name);
      await probe(holder, endpoint, ticket, (fx) => {
        const call = callFor(endpoint, fx.tickets[ticket], body);
        const headers: Record<string, string> = { ...call.headers };
        delete headers['Content-Type'];
        if (type !== undefined) headers['Content-Type'] = type;
        return { ...call, headers };
      });
    });
  });

  it('refuses every body over 64 KiB with 413, announced or not, before reading it', async () => {
    const holder = await holdFixture();
    const cases = fc.tuple(anyEndpoint, anyTicket, oversizedBody, fc.boolean());
    await forAll(cases, 80, async ([name, ticket, body, announced]) => {
      const endpoint = endpointNamed(name);
      const { reply } = await probe(holder, endpoint, ticket, (fx) => {
        const call = callFor(endpoint, fx.tickets[ticket], body);
        const length: Record<string, string> = announced
          ? { 'Content-Length': String(body.length) }
          : {};
        return { ...call, headers: { ...call.headers, ...length } };
      });
      expect(reply.status).toBe(413);
    });
  });
});
