/**
 * Least privilege after a hand-off returns (issue 16): a desk whose only part in a ticket was a
 * hand-off it declined or let expire reads the ticket no more, so it never sees what is written
 * after (later internal notes above all). A desk asked again, or one that took part before, reads.
 */
import { describe, expect, it } from 'vitest';
import { deskKeyFor } from '../src/index.js';
import { deskAction, must } from './property/support/filing.js';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { bearer, jsonHeaders } from './property/support/world.js';
import { ticketBody } from './support/http.js';

const LATER_NOTE = 'INTERNAL: possible fraud case, check the identity first.';
let keys = 0;

/** Files a Finnish ticket for Helsinki's desk to be consulted on; returns its reference. */
async function file(world: MockWorld): Promise<string> {
  const created = (await must(
    world,
    {
      method: 'POST',
      path: '/tickets',
      headers: jsonHeaders({ 'Idempotency-Key': `least-privilege-${++keys}` }),
      body: JSON.stringify(
        ticketBody({ topicId: 'enrolment-failed', institutionId: 'helsinki', language: 'fi' }),
      ),
    },
    201,
  )) as { ticket: { id: string } };
  return created.ticket.id;
}

function read(world: MockWorld, desk: string, id: string) {
  return world.send({
    method: 'GET',
    path: `/desk/tickets/${id}`,
    headers: bearer(deskKeyFor(desk)),
  });
}

async function laterNote(world: MockWorld, id: string): Promise<void> {
  await deskAction(world, 'opin', `/${id}/messages`, {
    body: LATER_NOTE,
    language: 'en',
    visibility: 'internal',
  });
}

describe('a desk whose hand-off returned (issue 16)', () => {
  it('reads the ticket no more after it declined a consult, nor the internal notes written later', async () => {
    const world = createMockWorld();
    const id = await file(world);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'consult' });
    expect((await read(world, 'helsinki', id)).status).toBe(200);

    await deskAction(world, 'helsinki', `/${id}/handoffs/decline`, { reason: 'Ei meidän.' });
    await laterNote(world, id);

    const refused = await read(world, 'helsinki', id);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(LATER_NOTE);
    expect(refused.text).not.toContain('possible fraud');
    // The owner still reads everything.
    expect((await read(world, 'opin', id)).text).toContain(LATER_NOTE);
  });

  it('reads the ticket no more after its hand-off expired on the server clock', async () => {
    const world = createMockWorld();
    const id = await file(world);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'transfer' });
    await must(
      world,
      {
        method: 'POST',
        path: '/_mock/clock',
        headers: jsonHeaders(),
        body: JSON.stringify({ advanceMinutes: 4 * 60 + 1 }),
      },
      204,
    );
    await laterNote(world, id);

    const refused = await read(world, 'helsinki', id);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(LATER_NOTE);
  });

  it('reads it again when it is asked again', async () => {
    const world = createMockWorld();
    const id = await file(world);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'consult' });
    await deskAction(world, 'helsinki', `/${id}/handoffs/decline`, {});
    expect((await read(world, 'helsinki', id)).status).toBe(403);

    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'consult' });
    expect((await read(world, 'helsinki', id)).status).toBe(200);
  });

  it('keeps reading when it took part before (it answered an earlier consult)', async () => {
    const world = createMockWorld();
    const id = await file(world);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'consult' });
    await deskAction(world, 'helsinki', `/${id}/handoffs/accept`, {});
    await deskAction(world, 'helsinki', `/${id}/messages`, {
      body: 'Ilmoittautuminen on auki.',
      language: 'fi',
      visibility: 'internal',
    });
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'helsinki', mode: 'consult' });
    await deskAction(world, 'helsinki', `/${id}/handoffs/decline`, {});
    expect((await read(world, 'helsinki', id)).status).toBe(200);
  });
});
