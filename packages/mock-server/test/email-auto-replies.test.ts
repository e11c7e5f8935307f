/**
 * Issue 16, finding 6: an out-of-office reply accepted a transfer and reached the learner as the
 * answer, twice. Automatic replies are ignored (202), and the bridge is idempotent on Message-ID.
 */
import { describe, expect, it } from 'vitest';
import { deskKeyFor } from '@opin/support-http';
import { storedState } from './property/support/snapshot.js';
import { createMockWorld, type MockWorld } from './property/support/mock-world.js';
import { jsonHeaders } from './property/support/world.js';
import { mailedSubject } from './support/domain.js';
import { bearer, ticketBody } from './support/http.js';

const OUT_OF_OFFICE =
  'Olen lomalla 1.–14.12. Kiireellisissä asioissa ota yhteyttä opintopalveluihin.\n\nI am on holiday 1–14 December.';

/** A ticket transferred to Tampere's e-mail desk; returns its id. */
async function transferredToTampere(world: MockWorld): Promise<string> {
  const filed = await world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': 'auto-reply-test-1' }),
    body: JSON.stringify(
      ticketBody({
        topicId: 'credits-and-grades',
        institutionId: 'tampere',
        contact: { email: 'oppija@example.fi' },
      }),
    ),
  });
  const { ticket } = JSON.parse(filed.text) as { ticket: { id: string } };
  const handoff = await world.send({
    method: 'POST',
    path: `/desk/tickets/${ticket.id}/handoffs`,
    headers: jsonHeaders(bearer(deskKeyFor('opin'))),
    body: JSON.stringify({ to: 'tampere', mode: 'transfer' }),
  });
  expect(handoff.status).toBe(200);
  return ticket.id;
}

function fromTampere(world: MockWorld, email: Record<string, unknown>) {
  return world.send({
    method: 'POST',
    path: '/desk/inbound-email',
    headers: jsonHeaders(bearer(deskKeyFor('tampere'))),
    body: JSON.stringify({ from: 'helpdesk@tuni.fi', ...email }),
  });
}

/**
 * The subject of the newest e-mail Tampere got about the ticket, with the reply tag made for it:
 * a reply (or an automatic reply) keeps it after its own prefix.
 */
function mailed(world: MockWorld, id: string): string {
  return mailedSubject(world.ctx, id, 'helpdesk@tuni.fi');
}

function learnerMails(world: MockWorld) {
  return world.ctx.tickets.recordStore.outbox.filter((mail) => mail.to === 'oppija@example.fi');
}

function tampereTicket(world: MockWorld, id: string) {
  const ticket = world.ctx.tickets.get(id);
  if (!ticket) throw new Error(`No ticket ${id}.`);
  return ticket;
}

describe('automatic replies to the e-mail bridge', () => {
  it('ignores an out-of-office reply sent twice: the transfer stays pending and the learner gets nothing', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const mailsBefore = learnerMails(world).length;
    const ticket = tampereTicket(world, id);
    const version = ticket.version;
    for (const messageId of ['<oof-1@tuni.fi>', '<oof-2@tuni.fi>']) {
      const reply = await fromTampere(world, {
        subject: `Automatic reply: ${mailed(world, id)}`,
        body: OUT_OF_OFFICE,
        messageId,
        headers: { 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' },
      });
      expect(reply.status).toBe(202);
      expect(JSON.parse(reply.text)).toEqual({ ignored: 'auto_reply' });
    }
    expect(ticket).toMatchObject({ version, owner: 'opin', messages: [] });
    expect(ticket.handoff?.state).toBe('pending');
    expect(learnerMails(world)).toHaveLength(mailsBefore);
  });

  const headerCases: [string, Record<string, string>][] = [
    ['Auto-Submitted: auto-generated', { 'auto-submitted': 'auto-generated' }],
    ['Auto-Submitted: auto-replied', { 'auto-submitted': 'Auto-Replied' }],
    ['Auto-Submitted: auto-notified', { 'auto-submitted': 'auto-notified; owner-email=x@tuni.fi' }],
    ['X-Autoreply: yes', { 'x-autoreply': 'yes' }],
    ['X-Autorespond', { 'x-autorespond': 'Vacation' }],
    [
      'X-Auto-Response-Suppress: OOF',
      { 'x-auto-response-suppress': 'DR, RN, NRN, OOF, AutoReply' },
    ],
    ['Precedence: auto_reply', { precedence: 'auto_reply' }],
    ['Precedence: bulk', { precedence: 'bulk' }],
    ['Precedence: junk', { precedence: 'JUNK' }],
  ];
  for (const [name, headers] of headerCases) {
    it(`ignores a reply with ${name}`, async () => {
      const world = createMockWorld();
      const id = await transferredToTampere(world);
      const reply = await fromTampere(world, {
        subject: `Re: ${mailed(world, id)}`,
        body: 'Viestisi on vastaanotettu.',
        headers,
      });
      expect(reply.status).toBe(202);
      expect(tampereTicket(world, id).handoff?.state).toBe('pending');
    });
  }

  const subjects = [
    'Automatic reply:',
    'Auto reply:',
    'Autoreply:',
    'Auto:',
    'Out of Office:',
    'Out of office reply:',
    'Automaattinen vastaus:',
    'Poissaoloilmoitus:',
    'Frånvaro:',
    'Autosvar:',
    'Automatiskt svar:',
  ];
  for (const prefix of subjects) {
    it(`ignores a reply whose subject starts "${prefix}", even without headers`, async () => {
      const world = createMockWorld();
      const id = await transferredToTampere(world);
      const reply = await fromTampere(world, {
        subject: `${prefix} ${mailed(world, id)}`,
        body: OUT_OF_OFFICE,
      });
      expect(reply.status).toBe(202);
      expect(tampereTicket(world, id).messages).toEqual([]);
    });
  }

  it('takes a person’s reply: Auto-Submitted: no, Precedence: list, and a subject that only mentions an automatic reply', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const reply = await fromTampere(world, {
      subject: `Re: Automatic reply: ${mailed(world, id)}`,
      body: 'Arvosana on nyt kirjattu.',
      headers: { 'auto-submitted': 'no', precedence: 'list' },
    });
    expect(reply.status).toBe(200);
    expect(tampereTicket(world, id).messages.map((m) => m.body)).toEqual([
      'Arvosana on nyt kirjattu.',
    ]);
  });

  it('ignores an automatic reply before checking its sender or reference, so a bridge never bounces one', async () => {
    const world = createMockWorld();
    const reply = await fromTampere(world, {
      from: 'matti.meikalainen@tuni.fi',
      subject: 'Automaattinen vastaus: Ilmoitus',
      body: OUT_OF_OFFICE,
    });
    expect(reply.status).toBe(202);
  });

  it('ignores an automatic reply before checking its reply tag: with the tag, a bare reference, a wrong token or none', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const subject = mailed(world, id);
    expect(subject).toMatch(/^\[OPIN-\d{12} #[0-9a-hjkmnp-tv-z]{16}\] /);
    const ticket = tampereTicket(world, id);
    const version = ticket.version;
    const subjects = [
      `Automatic reply: ${subject}`,
      `Automatic reply: [${id}] En pääse kirjautumaan`,
      `Automatic reply: ${subject.replace(/#[0-9a-z]+\]/, '#0000000000000000]')}`,
      'Automatic reply: Ilmoitus',
    ];
    for (const automatic of subjects) {
      const reply = await fromTampere(world, { subject: automatic, body: OUT_OF_OFFICE });
      expect(reply.status, automatic).toBe(202);
      expect(JSON.parse(reply.text)).toEqual({ ignored: 'auto_reply' });
      const byHeaders = await fromTampere(world, {
        subject: automatic.replace('Automatic reply: ', 'Re: '),
        body: OUT_OF_OFFICE,
        headers: { 'auto-submitted': 'auto-replied' },
      });
      expect(byHeaders.status, automatic).toBe(202);
    }
    expect(ticket).toMatchObject({ version, owner: 'opin', messages: [] });
    expect(ticket.handoff?.state).toBe('pending');
  });
});

describe('the e-mail bridge and Message-ID', () => {
  it('applies a reply once: a repeat with the same Message-ID changes nothing and answers the same', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const email = {
      subject: `Re: ${mailed(world, id)}`,
      body: 'Arvosana on nyt kirjattu.',
      messageId: '<CAF=abc123@mail.tuni.fi>',
    };
    const first = await fromTampere(world, email);
    expect(first.status).toBe(200);
    const state = await storedState(world);
    const repeat = await fromTampere(world, email);
    expect(repeat.status).toBe(200);
    expect(repeat.text).toBe(first.text);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(await storedState(world)).toBe(state);
    expect(tampereTicket(world, id).messages).toHaveLength(1);
    // The same Message-ID without its angle brackets is the same e-mail.
    const bare = await fromTampere(world, { ...email, messageId: 'CAF=abc123@mail.tuni.fi' });
    expect(bare.text).toBe(first.text);
  });

  it('answers a repeated automatic reply the same way', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const oof = {
      subject: `Frånvaro: ${mailed(world, id)}`,
      body: OUT_OF_OFFICE,
      messageId: '<oof@tuni.fi>',
    };
    const first = await fromTampere(world, oof);
    const repeat = await fromTampere(world, oof);
    expect([first.status, repeat.status]).toEqual([202, 202]);
    expect(repeat.text).toBe(first.text);
  });

  it('refuses the same Message-ID with another text (422), and records nothing', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const email = {
      subject: `Re: ${mailed(world, id)}`,
      body: 'Arvosana on nyt kirjattu.',
      messageId: '<same@tuni.fi>',
    };
    await fromTampere(world, email);
    const state = await storedState(world);
    const other = await fromTampere(world, { ...email, body: 'Toinen teksti.' });
    expect(other.status).toBe(422);
    expect(JSON.parse(other.text)).toMatchObject({ error: { code: 'idempotency_mismatch' } });
    expect(await storedState(world)).toBe(state);
  });

  it('keeps no Message-ID of a refused reply: the desk can send it again', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const email = {
      from: 'someone.else@tuni.fi',
      subject: `Re: ${mailed(world, id)}`,
      body: 'Arvosana on nyt kirjattu.',
      messageId: '<retry@tuni.fi>',
    };
    expect((await fromTampere(world, email)).status).toBe(403);
    const again = await fromTampere(world, { ...email, from: 'helpdesk@tuni.fi' });
    expect(again.status).toBe(200);
  });

  it('keeps no Message-ID of a reply refused for its reply tag: the desk can send it again with the right one', async () => {
    const world = createMockWorld();
    const id = await transferredToTampere(world);
    const subject = `Re: ${mailed(world, id)}`;
    const email = { body: 'Arvosana on nyt kirjattu.', messageId: '<tag@tuni.fi>' };
    const bare = await fromTampere(world, { ...email, subject: `Re: [${id}] Arvosana` });
    expect(bare.status).toBe(400);
    const wrongToken = subject.replace(/#[0-9a-z]+\]/, '#0000000000000000]');
    expect(wrongToken).not.toBe(subject);
    expect((await fromTampere(world, { ...email, subject: wrongToken })).status).toBe(404);
    expect(tampereTicket(world, id).messages).toEqual([]);
    const right = await fromTampere(world, { ...email, subject });
    expect(right.status).toBe(200);
    expect(tampereTicket(world, id).messages.map((m) => m.body)).toEqual([
      'Arvosana on nyt kirjattu.',
    ]);
  });
});
