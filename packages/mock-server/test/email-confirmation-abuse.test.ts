/**
 * Issue 16, finding 9: a ticket with the contact `victim@example.org` and a subject carrying a URL
 * made the service mail the victim the attacker's text, 60 a minute per address. The confirmation
 * goes to an address nobody verified, so it echoes nothing the filer wrote, and each mailbox gets
 * at most `confirmationMailsPerHour` confirmations in a rolling hour of the server clock.
 */
import { describe, expect, it } from 'vitest';
import { mailboxOf } from '@opin/support-domain';
import type { MockApiOptions } from '../src/index.js';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { jsonHeaders } from './property/support/world.js';
import { ticketBody } from './support/http.js';

const SPAM_SUBJECT = 'You won 1000 EUR! Claim at https://evil.example/claim';
const SPAM_NAME = 'Prize desk https://evil.example';
const SPAM_DESCRIPTION = 'Visit https://evil.example/claim today to get your prize.';

let keys = 0;

/** Files a ticket for `email` as a stranger would; returns the HTTP status. */
async function fileFor(world: MockWorld, email: string, overrides: Record<string, unknown> = {}) {
  keys += 1;
  const reply = await world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': `confirmation-test-${keys}` }),
    body: JSON.stringify(
      ticketBody({
        subject: SPAM_SUBJECT,
        description: SPAM_DESCRIPTION,
        contact: { email, name: SPAM_NAME },
        ...overrides,
      }),
    ),
  });
  return reply.status;
}

function mailsTo(world: MockWorld, mailbox: string) {
  return world.ctx.tickets.recordStore.outbox.filter((mail) => mailboxOf(mail.to) === mailbox);
}

function spamWorld(options: MockApiOptions = {}): MockWorld {
  return createMockWorld(options);
}

describe('the confirmation e-mail to an unverified address', () => {
  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`carries no text the filer wrote (${language}): no subject, name or description, only our text, the reference and the link`, async () => {
      const world = spamWorld();
      expect(await fileFor(world, 'victim@example.org', { language })).toBe(201);
      const [mail, ...more] = mailsTo(world, 'victim@example.org');
      expect(more).toEqual([]);
      const [reference, ...others] = [...world.ctx.tickets.all()].map((ticket) => ticket.id);
      expect(others).toEqual([]);
      expect(reference).toMatch(/^OPIN-\d{12}$/);
      expect(mail?.ticketId).toBe(reference);
      const text = `${mail?.subject ?? ''}\n${mail?.body ?? ''}`;
      expect(text).toContain(reference);
      expect(text).toContain('https://opin.fi/');
      for (const echoed of ['evil.example', 'You won', 'Prize desk', 'Claim', 'EUR']) {
        expect(text).not.toContain(echoed);
      }
    });
  }
});

describe('confirmation e-mails per mailbox', () => {
  it('sends at most 5 an hour to one mailbox by default; the tickets are still filed, and the hour rolls', async () => {
    const world = spamWorld();
    for (let i = 0; i < 12; i += 1) expect(await fileFor(world, 'victim@example.org')).toBe(201);
    expect(world.ctx.tickets.size).toBe(12);
    expect(mailsTo(world, 'victim@example.org')).toHaveLength(5);
    // Another mailbox has its own limit.
    expect(await fileFor(world, 'someone@example.org')).toBe(201);
    expect(mailsTo(world, 'someone@example.org')).toHaveLength(1);
    // 59 minutes on, the first five are still within the hour.
    world.ctx.clock.advance(59);
    await fileFor(world, 'victim@example.org');
    expect(mailsTo(world, 'victim@example.org')).toHaveLength(5);
    // An hour after them, there is room for five more.
    world.ctx.clock.advance(1);
    for (let i = 0; i < 6; i += 1) await fileFor(world, 'victim@example.org');
    expect(mailsTo(world, 'victim@example.org')).toHaveLength(10);
  });

  it('counts addresses that differ only in case or a +tag as one mailbox', async () => {
    const world = spamWorld({ confirmationMailsPerHour: 2 });
    for (const address of [
      'victim@example.org',
      'Victim@Example.ORG',
      'victim+1@example.org',
      'victim+prize@example.org',
    ]) {
      expect(await fileFor(world, address)).toBe(201);
    }
    expect(mailsTo(world, 'victim@example.org')).toHaveLength(2);
  });

  it('follows confirmationMailsPerHour, and 0 turns the limit off', async () => {
    const one = spamWorld({ confirmationMailsPerHour: 1 });
    for (let i = 0; i < 3; i += 1) await fileFor(one, 'victim@example.org');
    expect(mailsTo(one, 'victim@example.org')).toHaveLength(1);
    const off = spamWorld({ confirmationMailsPerHour: 0 });
    for (let i = 0; i < 8; i += 1) await fileFor(off, 'victim@example.org');
    expect(mailsTo(off, 'victim@example.org')).toHaveLength(8);
  });

  it('is forgotten on reset', async () => {
    const world = spamWorld({ confirmationMailsPerHour: 1 });
    await fileFor(world, 'victim@example.org');
    world.ctx.tickets.reset();
    await fileFor(world, 'victim@example.org');
    expect(mailsTo(world, 'victim@example.org')).toHaveLength(1);
  });
});
