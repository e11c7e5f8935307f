/**
 * An e-mail desk answers with a keyword on the first line of its reply, in Finnish, Swedish or
 * English: accept, decline, resolve, or hand its ticket to Opin.fi (consult or transfer). A keyword
 * that cannot apply is refused and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { runClock } from '../src/clock-rules.js';
import { requestHandoff } from '../src/handoffs.js';
import type { StoredTicket } from '../src/model.js';
import type { TestEnv } from './support/rules.js';
import {
  act,
  fileTestTicket,
  now,
  outboxOf,
  rejected,
  replySubject,
  testContext,
  receiveDeskEmail,
} from './support/rules.js';

const desks = {
  tampere: 'helpdesk@tuni.fi',
  'abo-akademi': 'helpdesk@abo.fi',
} as const;
type EmailDesk = keyof typeof desks;

function reply(ctx: TestEnv, ticket: StoredTicket, desk: EmailDesk, body: string) {
  return receiveDeskEmail(ctx, desk, {
    from: desks[desk],
    subject: replySubject(ctx, ticket.id, desks[desk]),
    body,
  });
}

/** A ticket Opin.fi support owns, with a pending hand-off to Tampere. */
async function handedToTampere(mode: 'consult' | 'transfer') {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: 'tampere',
  });
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(rules, t, 'opin', { to: 'tampere', mode, note: 'Katsotteko?' }, now(ctx)),
  );
  return { ctx, ticket };
}

/** A ticket filed through an e-mail desk's own portal: the desk owns it. */
async function ownedBy(desk: EmailDesk) {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: desk,
    origin: desk,
    language: desk === 'tampere' ? 'fi' : 'sv',
  });
  return { ctx, ticket };
}

/** Refused, and the ticket and the outbox are as they were. */
async function refusedUnchanged(
  ctx: TestEnv,
  ticket: StoredTicket,
  action: () => Promise<unknown>,
) {
  const before = JSON.stringify(ticket);
  const mails = outboxOf(ctx).length;
  const refusal = await rejected(action);
  expect(refusal.message).toContain('NOT');
  expect(JSON.stringify(ticket)).toBe(before);
  expect(outboxOf(ctx)).toHaveLength(mails);
  return refusal;
}

describe('the reply keywords of an e-mail desk', () => {
  it('declines a pending consult (HYLKÄÄ): it returns to its sender, the rest is the reason', async () => {
    const { ctx, ticket } = await handedToTampere('consult');
    await reply(ctx, ticket, 'tampere', 'Hylkää\nTämä ei kuulu meille.\n\n> Lainattu');
    expect(ticket.handoff).toMatchObject({ to: 'tampere', state: 'returned' });
    expect(ticket).toMatchObject({ owner: 'opin', assisting: null, messages: [] });
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'handoff_returned', reason: 'declined' });
    expect(ticket.internalNotes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'decline_reason',
          desk: 'tampere',
          body: 'Tämä ei kuulu meille.',
        }),
      ]),
    );
    expect(ticket.accessEnded).toContain('tampere');
  });

  it('declines a pending transfer in English too (DECLINE), without a reason', async () => {
    const { ctx, ticket } = await handedToTampere('transfer');
    await reply(ctx, ticket, 'tampere', 'decline');
    expect(ticket).toMatchObject({ owner: 'opin', messages: [] });
    expect(ticket.handoff?.state).toBe('returned');
    expect(ticket.internalNotes.some((note) => note.kind === 'decline_reason')).toBe(false);
  });

  it('refuses a decline with no hand-off to decline (403), or after it returned (409)', async () => {
    const own = await ownedBy('abo-akademi');
    const none = await refusedUnchanged(own.ctx, own.ticket, () =>
      reply(own.ctx, own.ticket, 'abo-akademi', 'AVBÖJ\nInte vårt ärende.'),
    );
    expect(none).toMatchObject({ status: 403 });

    const { ctx, ticket } = await handedToTampere('consult');
    ctx.clock.advance(ctx.options.ackWindowMinutes);
    await runClock(ctx);
    expect(ticket.handoff?.state).toBe('returned');
    const late = await refusedUnchanged(ctx, ticket, () => reply(ctx, ticket, 'tampere', 'HYLKÄÄ'));
    expect(late).toMatchObject({ status: 409 });
  });

  it('refuses a decline reason over the desk API’s 2,000 characters (400)', async () => {
    const { ctx, ticket } = await handedToTampere('consult');
    const refusal = await refusedUnchanged(ctx, ticket, () =>
      reply(ctx, ticket, 'tampere', `HYLKÄÄ\n${'syy '.repeat(600)}`),
    );
    expect(refusal).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('accepts with ACCEPTERA / HYVÄKSY: the rest of a transfer reply reaches the learner', async () => {
    const { ctx, ticket } = await handedToTampere('transfer');
    await reply(ctx, ticket, 'tampere', 'ACCEPTERA\nArvosana on kirjattu.');
    expect(ticket).toMatchObject({ owner: 'tampere' });
    expect(ticket.messages.map((message) => message.body)).toEqual(['Arvosana on kirjattu.']);
  });

  it('refuses HYVÄKSY when nothing is pending to accept (403)', async () => {
    const { ctx, ticket } = await ownedBy('tampere');
    const refusal = await refusedUnchanged(ctx, ticket, () =>
      reply(ctx, ticket, 'tampere', 'HYVÄKSY\nSelvä.'),
    );
    expect(refusal).toMatchObject({ status: 403 });
  });

  it('resolves its own ticket with LÖST (Swedish), the rest a message to the learner', async () => {
    const { ctx, ticket } = await ownedBy('abo-akademi');
    await reply(ctx, ticket, 'abo-akademi', 'löst\nVitsordet är registrerat.');
    expect(ticket.status).toBe('resolved');
    expect(ticket.messages.map((message) => message.body)).toEqual(['Vitsordet är registrerat.']);
  });

  it('refuses RATKAISTU from a desk asked for a consult: only the owner resolves (403)', async () => {
    const { ctx, ticket } = await handedToTampere('consult');
    const refusal = await refusedUnchanged(ctx, ticket, () =>
      reply(ctx, ticket, 'tampere', 'RATKAISTU\nKorjattu.'),
    );
    expect(refusal).toMatchObject({ status: 403 });
  });

  for (const [keyword, mode] of [
    ['KYSY OPIN', 'consult'],
    ['Siirrä Opin.fi', 'transfer'],
    ['CONSULT OPIN', 'consult'],
  ] as const) {
    it(`hands its own ticket to Opin.fi with "${keyword}" (${mode}); the rest is the note`, async () => {
      const { ctx, ticket } = await ownedBy('tampere');
      await reply(ctx, ticket, 'tampere', `${keyword}\nOpiskelija tarvitsee Opin.fi:n apua.`);
      expect(ticket.handoff).toMatchObject({
        from: 'tampere',
        to: 'opin',
        mode,
        state: 'pending',
      });
      expect(ticket.internalNotes.at(-1)).toMatchObject({
        kind: 'handoff_note',
        desk: 'tampere',
        body: 'Opiskelija tarvitsee Opin.fi:n apua.',
      });
      expect(ticket.messages).toEqual([]);
      expect(ticket.timeline.at(-1)).toMatchObject({ type: 'handoff_requested', to: 'opin', mode });
    });
  }

  it('refuses a hand-off to Opin.fi while one is open (409), or from a desk that does not own the ticket (403)', async () => {
    const own = await ownedBy('tampere');
    await reply(own.ctx, own.ticket, 'tampere', 'KYSY OPIN');
    const open = await refusedUnchanged(own.ctx, own.ticket, () =>
      reply(own.ctx, own.ticket, 'tampere', 'SIIRRÄ OPIN'),
    );
    expect(open).toMatchObject({ status: 409 });

    const { ctx, ticket } = await handedToTampere('consult');
    const notOwner = await refusedUnchanged(ctx, ticket, () =>
      reply(ctx, ticket, 'tampere', 'ÖVERFÖR OPIN'),
    );
    expect(notOwner).toMatchObject({ status: 403 });
  });
});
