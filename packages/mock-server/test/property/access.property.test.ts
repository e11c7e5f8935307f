import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deskKeyFor, desks } from '../../src/index.js';
import { callFor } from './support/calls.js';
import { endpointNamed, endpoints } from './support/endpoints.js';
import { fixtureNames, type Fixture } from './support/fixtures.js';
import { spoiledCredential } from './support/headers.js';
import { holdFixture, probe } from './support/probe.js';
import { forAll } from './support/property.js';
import { bearer, jsonHeaders } from './support/world.js';

const anyTicket = fc.constantFrom(...fixtureNames);
const learnerEndpoints = endpoints.filter((e) => e.caller === 'learner').map((e) => e.name);
const deskTicketEndpoints = endpoints
  .filter((e) => e.caller === 'desk' && e.target === 'ticket')
  .map((e) => e.name);

/** Every secret of every fixture ticket: learner texts and desk notes. */
function allSecrets(fixture: Fixture): string[] {
  return fixture.list.flatMap((ticket) => [...ticket.secrets, ticket.deskSecret]);
}

function expectNoSecrets(fixture: Fixture, text: string): void {
  for (const secret of allSecrets(fixture)) expect(text).not.toContain(secret);
}

describe('learner tokens', () => {
  it('open no ticket but their own: 404, the same body as for an unknown id, nothing leaked', async () => {
    const holder = await holdFixture();
    const { tickets } = holder.fixture;
    const cases = fc.tuple(fc.constantFrom(...learnerEndpoints), anyTicket).chain(([e, name]) =>
      fc.tuple(
        fc.constant(e),
        fc.constant(name),
        fc.oneof(
          fc.constantFrom(...fixtureNames).map((other) => tickets[other].token),
          spoiledCredential(tickets[name].token),
          fc.constantFrom(...desks.map((desk) => deskKeyFor(desk.id))),
          fc.base64String({ minLength: 4, maxLength: 64 }),
        ),
      ),
    );
    await forAll(cases, 200, async ([name, ticketName, token]) => {
      fc.pre(token !== holder.fixture.tickets[ticketName].token);
      const endpoint = endpointNamed(name);
      const { reply } = await probe(holder, endpoint, ticketName, (fx) => {
        const call = callFor(endpoint, fx.tickets[ticketName]);
        return { ...call, headers: { ...call.headers, Authorization: `Bearer ${token}` } };
      });
      expect([401, 404]).toContain(reply.status);
      if (reply.status === 404) {
        expect(JSON.parse(reply.text)).toEqual({
          error: { code: 'not_found', message: 'No such ticket.' },
        });
      }
      expectNoSecrets(holder.fixture, reply.text);
    });
  });

  it('show their own ticket without any desk’s internal notes or another ticket’s data', async () => {
    const holder = await holdFixture();
    const reads = ['GET /tickets/{id}', 'GET /tickets/{id}/events', 'POST /tickets/{id}/messages'];
    await forAll(
      fc.tuple(fc.constantFrom(...reads), anyTicket),
      100,
      async ([name, ticketName]) => {
        const endpoint = endpointNamed(name);
        const { reply } = await probe(holder, endpoint, ticketName, (fx) =>
          callFor(endpoint, fx.tickets[ticketName]),
        );
        const own = holder.fixture.tickets[ticketName];
        const others = holder.fixture.list.filter((ticket) => ticket !== own);
        expect(reply.text).not.toContain(own.deskSecret);
        expect(reply.text).not.toMatch(/internalNotes|plannedHandoff|tokenHash/);
        for (const other of others) {
          for (const secret of [...other.secrets, other.deskSecret]) {
            expect(reply.text).not.toContain(secret);
          }
        }
      },
    );
  });
});

describe('desk keys', () => {
  it('of a desk never involved in a ticket may take no action on it: 403, nothing leaked', async () => {
    const holder = await holdFixture();
    const cases = fc.tuple(
      fc.constantFrom(...deskTicketEndpoints),
      anyTicket,
      fc.constantFrom(...desks.map((desk) => desk.id)),
      fc.constantFrom('learner', 'internal'),
    );
    await forAll(cases, 200, async ([name, ticketName, desk, visibility]) => {
      fc.pre(!holder.fixture.tickets[ticketName].involved.includes(desk));
      const endpoint = endpointNamed(name);
      const { reply } = await probe(holder, endpoint, ticketName, (fx) => {
        const ticket = fx.tickets[ticketName];
        const body = { ...endpoint.validBody?.(ticket), visibility };
        const call = callFor(endpoint, ticket, JSON.stringify(body));
        return { ...call, headers: { ...call.headers, ...bearer(deskKeyFor(desk)) } };
      });
      expect(reply.status).toBe(403);
      expectNoSecrets(holder.fixture, reply.text);
    });
  });

  it('show in each desk’s queue exactly the tickets it owns, assists or has a pending hand-off to', async () => {
    const holder = await holdFixture();
    const queue = endpointNamed('GET /desk/queue');
    await forAll(fc.constantFrom(...desks.map((desk) => desk.id)), 100, async (desk) => {
      const { reply } = await probe(holder, queue, 'received', () => ({
        method: 'GET',
        path: '/desk/queue',
        headers: bearer(deskKeyFor(desk)),
      }));
      const listed = (JSON.parse(reply.text) as { id: string }[]).map((ticket) => ticket.id);
      const expected = holder.fixture.list.filter((t) => t.queuedFor.includes(desk));
      expect(listed.sort()).toEqual(expected.map((ticket) => ticket.id).sort());
      const hidden = holder.fixture.list.filter((ticket) => !expected.includes(ticket));
      for (const ticket of hidden) {
        for (const secret of [...ticket.secrets, ticket.deskSecret]) {
          expect(reply.text).not.toContain(secret);
        }
      }
    });
  });

  it('of any desk cannot reply by e-mail on a ticket it is not part of, nor as another desk', async () => {
    const holder = await holdFixture();
    const inbound = endpointNamed('POST /desk/inbound-email');
    const addresses = desks.flatMap((desk) => (desk.deskEmail ? [desk.deskEmail] : []));
    const cases = fc.tuple(
      anyTicket,
      fc.constantFrom(...desks.map((desk) => desk.id)),
      fc.constantFrom(...addresses),
    );
    await forAll(cases, 200, async ([ticketName, deskId, from]) => {
      const desk = desks.find((d) => d.id === deskId);
      const ticket = holder.fixture.tickets[ticketName];
      fc.pre(desk?.deskEmail !== from || !ticket.involved.includes(deskId));
      const { reply } = await probe(holder, inbound, ticketName, (fx) => ({
        method: 'POST',
        path: '/desk/inbound-email',
        headers: jsonHeaders(bearer(deskKeyFor(deskId))),
        body: JSON.stringify({
          from,
          subject: fx.tickets[ticketName].tampereReply,
          body: 'RESOLVED\nHoidettu.',
        }),
      }));
      // 403 for a sender that is not the key's desk; 404 for a reply tag not mailed to this desk.
      expect([403, 404]).toContain(reply.status);
      expectNoSecrets(holder.fixture, reply.text);
    });
  });
});
