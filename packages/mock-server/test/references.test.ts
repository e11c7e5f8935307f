import { describe, expect, it } from 'vitest';
import { dammDigit, isIssuedForm, newReference, unissuableReference } from '@opin/support-domain';
import { deskKeyFor } from '../src/index.js';
import { deskAction, must } from './property/support/filing.js';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { bearer, jsonHeaders } from './property/support/world.js';
import { ticketBody } from './support/http.js';

let keys = 0;

/** Files a ticket and returns its reference. */
async function file(world: MockWorld, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = (await must(
    world,
    {
      method: 'POST',
      path: '/tickets',
      headers: jsonHeaders({ 'Idempotency-Key': `references-${++keys}` }),
      body: JSON.stringify(ticketBody(overrides)),
    },
    201,
  )) as { ticket: { id: string } };
  return created.ticket.id;
}

/** Files a ticket that `opin` transfers to the e-mail desk `tampere`; returns its reference. */
async function transferredToTampere(world: MockWorld, subject: string): Promise<string> {
  const id = await file(world, {
    topicId: 'credits-and-grades',
    institutionId: 'tampere',
    subject,
    contact: { email: `${subject.toLowerCase().replace(/\W/g, '')}@example.fi` },
  });
  await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'tampere', mode: 'transfer' });
  return id;
}

/** The subject of the newest e-mail `tampere` got about a ticket. */
function mailedSubject(world: MockWorld, id: string): string {
  const mail = world.ctx.tickets.recordStore.outbox.findLast(
    (email) => email.ticketId === id && email.to === 'helpdesk@tuni.fi',
  );
  if (!mail) throw new Error(`No e-mail to tampere about ${id}.`);
  return mail.subject;
}

function replyFromTampere(world: MockWorld, subject: string, body = 'Hoidamme asian.') {
  return world.send({
    method: 'POST',
    path: '/desk/inbound-email',
    headers: jsonHeaders(bearer(deskKeyFor('tampere'))),
    body: JSON.stringify({ from: 'helpdesk@tuni.fi', subject: `Re: ${subject}`, body }),
  });
}

describe('ticket references (issue 16)', () => {
  it('are never given out again after a restart', async () => {
    const before = await file(createMockWorld());
    const afterRestart = await file(createMockWorld());
    expect(afterRestart).not.toBe(before);
  });

  it('are not handed out in sequence: OPIN- and twelve digits, none following the other', async () => {
    const world = createMockWorld();
    const ids = [await file(world), await file(world), await file(world)];
    for (const id of ids) expect(id).toMatch(/^OPIN-\d{12}$/);
    const numbers = ids.map((id) => Number(id.slice(5)));
    expect(numbers[1]).not.toBe((numbers[0] ?? 0) + 1);
    expect(numbers[2]).not.toBe((numbers[1] ?? 0) + 1);
  });
});

describe('the reference’s check digit', () => {
  it('is Damm’s: 572 → 4, and a number followed by its check digit checks to 0', () => {
    expect(dammDigit('572')).toBe(4);
    expect(dammDigit('5724')).toBe(0);
  });

  it('catches every mistyped digit and every swap of two neighbours', () => {
    const id = newReference(() => false);
    expect(isIssuedForm(id)).toBe(true);
    const digits = id.slice(5);
    for (let i = 0; i < digits.length; i++) {
      for (let d = 0; d < 10; d++) {
        if (String(d) === digits[i]) continue;
        const typo = `${digits.slice(0, i)}${d}${digits.slice(i + 1)}`;
        expect(isIssuedForm(`OPIN-${typo}`), typo).toBe(false);
      }
      const next = digits[i + 1];
      if (next !== undefined && next !== digits[i]) {
        const swapped = `${digits.slice(0, i)}${next}${digits[i]}${digits.slice(i + 2)}`;
        expect(isIssuedForm(`OPIN-${swapped}`), swapped).toBe(false);
      }
    }
  });

  it('is never right in the honeypot’s references, and a clash is drawn again', () => {
    for (let i = 0; i < 200; i++) expect(isIssuedForm(unissuableReference())).toBe(false);
    const seen = new Set<string>();
    const first = newReference(() => false);
    seen.add(first);
    let asked = 0;
    const second = newReference((id) => (asked++ === 0 ? true : seen.has(id)));
    expect(asked).toBeGreaterThan(1);
    expect(second).not.toBe(first);
  });
});

describe('an e-mail reply is bound to its ticket by a token, not by the bare reference (issue 16)', () => {
  it('does not apply a late reply to a ticket filed after a restart', async () => {
    const world = createMockWorld();
    const first = await transferredToTampere(world, 'Arvosana puuttuu');
    const lateReply = mailedSubject(world, first);
    await must(world, { method: 'POST', path: '/_mock/reset' }, 204);

    const second = await transferredToTampere(world, 'Opintooikeus');
    const reply = await replyFromTampere(world, lateReply, 'Arvosana on nyt kirjattu.');
    expect(reply.status).toBe(404);
    const ticket = world.ctx.tickets.get(second);
    expect(ticket?.owner).toBe('opin');
    expect(ticket?.messages.map((message) => message.body)).not.toContain(
      'Arvosana on nyt kirjattu.',
    );
    expect(world.ctx.tickets.recordStore.outbox.map((mail) => mail.body).join('\n')).not.toContain(
      'Arvosana on nyt kirjattu.',
    );
  });

  it('refuses a reply that names another ticket with the first ticket’s token', async () => {
    const world = createMockWorld();
    const first = await transferredToTampere(world, 'Arvosana puuttuu');
    const second = await transferredToTampere(world, 'Opintooikeus');
    const edited = mailedSubject(world, first).replace(first, second);
    expect(edited).toContain(second);
    expect((await replyFromTampere(world, edited)).status).toBe(404);
    expect(world.ctx.tickets.get(second)?.owner).toBe('opin');
  });

  it('refuses a reply that carries the bare reference only', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world, 'Arvosana puuttuu');
    expect((await replyFromTampere(world, `[${id}] Arvosana puuttuu`)).status).toBe(400);
    expect(world.ctx.tickets.get(id)?.owner).toBe('opin');
  });

  it('applies the reply that keeps the subject of the e-mail the desk got', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world, 'Arvosana puuttuu');
    const reply = await replyFromTampere(world, mailedSubject(world, id));
    expect(reply.status).toBe(200);
    expect(world.ctx.tickets.get(id)?.owner).toBe('tampere');
  });
});

describe('the honeypot’s reference (issue 16)', () => {
  it('is one no ticket can have, and the next learner’s reference is their own', async () => {
    const world = createMockWorld();
    const trapped = (await must(
      world,
      {
        method: 'POST',
        path: '/tickets',
        headers: jsonHeaders({ 'Idempotency-Key': 'references-honeypot' }),
        body: JSON.stringify(ticketBody({ website: 'https://spam.example' })),
      },
      201,
    )) as { ticket: { id: string } };
    const real = await file(world);
    expect(trapped.ticket.id).toMatch(/^OPIN-\d{6,}$/);
    expect(real).not.toBe(trapped.ticket.id);
    // Whatever is filed later, the honeypot's reference never becomes a ticket's.
    const later = new Set([real, await file(world), await file(world)]);
    expect(later.has(trapped.ticket.id)).toBe(false);
  });
});
