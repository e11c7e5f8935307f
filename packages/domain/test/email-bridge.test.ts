import { describe, expect, it } from 'vitest';
import { requestHandoff } from '../src/handoffs.js';
import { takeReplyText } from '../src/email/reply-text.js';
import { replyMarkerLine } from '../src/email/reply-marker.js';
import { runClock } from '../src/clock-rules.js';
import { addLearnerMessage } from '../src/tickets.js';
import type { TestEnv } from './support/rules.js';
import { subjectTag } from '../src/email/reply-tag.js';
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

/** A reply from tampere to the newest e-mail it got about the ticket. */
const fromTampere = (ctx: TestEnv, ticketId: string, body: string) => ({
  from: 'HelpDesk@tuni.fi',
  subject: replySubject(ctx, ticketId, 'helpdesk@tuni.fi'),
  body,
});

async function transferredToTampere() {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: 'tampere',
    subject: 'Arvosana puuttuu',
  });
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(
      rules,
      t,
      'opin',
      { to: 'tampere', mode: 'transfer', note: 'Tarkistatteko?' },
      now(ctx),
    ),
  );
  return { ctx, ticket };
}

describe('the e-mail integration', () => {
  it('e-mails a hand-off to the desk with the reference, the mode, the note and reply instructions', async () => {
    const { ctx, ticket } = await transferredToTampere();
    const email = outboxOf(ctx).at(-1);
    expect(email).toMatchObject({ to: 'helpdesk@tuni.fi', ticketId: ticket.id });
    const tag = subjectTag(ctx.replyKey, ticket.id, 'tampere');
    expect(tag).toMatch(/^\[OPIN-\d{12} #[0-9a-hjkmnp-tv-z]{16}\]$/);
    expect(email?.subject).toBe(`${tag} Arvosana puuttuu`);
    // Tampere works in Finnish: the e-mail is in Finnish.
    expect(email?.body).toContain('siirtää sinulle tukipyynnön (siirto)');
    expect(email?.body).toContain('Tarkistatteko?');
    expect(email?.body).toContain(`pidä otsikossa tunniste ${tag}`);
  });

  it('accepts a transfer with the reply, which becomes the answer to the learner', async () => {
    const { ctx, ticket } = await transferredToTampere();
    await receiveDeskEmail(
      ctx,
      'tampere',
      fromTampere(
        ctx,
        ticket.id,
        'Arvosana on nyt kirjattu.\n\nOn Mon, 1 Dec 2026, Opin.fi wrote:\n> alkuperäinen',
      ),
    );
    expect(ticket).toMatchObject({ owner: 'tampere', status: 'in_progress' });
    expect(ticket.messages).toMatchObject([
      {
        author: { kind: 'desk', desk: 'tampere' },
        body: 'Arvosana on nyt kirjattu.',
        language: 'fi',
      },
    ]);
    expect(ticket.timeline.map((event) => event.type)).toEqual(
      expect.arrayContaining(['handoff_accepted', 'message']),
    );
    expect(ticket.desks.find((desk) => desk.id === 'tampere')?.lastSyncAt).toBe(ticket.updatedAt);
    expect(outboxOf(ctx).at(-1)).toMatchObject({
      to: 'maija@example.fi',
      subject: `[${ticket.id}] Uusi vastaus tukipyyntöösi`,
    });
  });

  it('turns later replies into learner messages and resolves on a RESOLVED first line', async () => {
    const { ctx, ticket } = await transferredToTampere();
    await receiveDeskEmail(ctx, 'tampere', fromTampere(ctx, ticket.id, 'Selvitämme asiaa.'));
    await receiveDeskEmail(ctx, 'tampere', fromTampere(ctx, ticket.id, '  resolved \nKorjattu.'));
    expect(ticket.messages.map((message) => message.body)).toEqual([
      'Selvitämme asiaa.',
      'Korjattu.',
    ]);
    expect(ticket.status).toBe('resolved');
  });

  it('forwards the learner’s messages to the owning e-mail desk', async () => {
    const { ctx, ticket } = await transferredToTampere();
    await receiveDeskEmail(ctx, 'tampere', fromTampere(ctx, ticket.id, 'Mikä kurssi?'));
    await act(ctx, ticket, (rules, t) => addLearnerMessage(rules, t, 'Tilastotieteen perusteet.'));
    const forwarded = outboxOf(ctx).at(-1);
    expect(forwarded).toMatchObject({ to: 'helpdesk@tuni.fi' });
    expect(forwarded?.body).toContain('Tilastotieteen perusteet.');
  });

  it('takes a consult reply as the internal answer, with accepted and answered on the timeline', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'tampere', mode: 'consult' }, now(ctx)),
    );
    await receiveDeskEmail(
      ctx,
      'tampere',
      fromTampere(ctx, ticket.id, 'Ilmoittautuminen korjattu.\n> lainaus'),
    );
    expect(ticket).toMatchObject({ owner: 'opin', assisting: null });
    expect(ticket.timeline.slice(-2).map((event) => event.type)).toEqual([
      'handoff_accepted',
      'consult_answered',
    ]);
    expect(ticket.internalNotes.at(-1)).toMatchObject({
      kind: 'consult_answer',
      body: 'Ilmoittautuminen korjattu.',
    });
    expect(ticket.messages).toHaveLength(0);
  });

  it('refuses a reply after the hand-off returned, saying the text was not recorded', async () => {
    const { ctx, ticket } = await transferredToTampere();
    ctx.clock.advance(240);
    await runClock(ctx);
    const version = ticket.version;
    const refusal = await rejected(() =>
      receiveDeskEmail(ctx, 'tampere', fromTampere(ctx, ticket.id, 'Myöhässä.')),
    );
    expect(refusal).toMatchObject({ status: 409, code: 'conflict' });
    expect(refusal.message).toContain('NOT added');
    expect(ticket.version).toBe(version);
  });

  it('checks the sender, the reference and the ticket', async () => {
    const { ctx, ticket } = await transferredToTampere();
    expect(
      await rejected(() =>
        receiveDeskEmail(ctx, 'tampere', {
          ...fromTampere(ctx, ticket.id, 'x'),
          from: 'someone@tuni.fi',
        }),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await rejected(() => receiveDeskEmail(ctx, 'helsinki', fromTampere(ctx, ticket.id, 'x'))),
    ).toMatchObject({ status: 403 });
    expect(
      await rejected(() =>
        receiveDeskEmail(ctx, 'tampere', {
          ...fromTampere(ctx, ticket.id, 'x'),
          subject: 'Re: arvosana',
        }),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
    const reply = fromTampere(ctx, ticket.id, 'x');
    expect(
      await rejected(() =>
        receiveDeskEmail(ctx, 'tampere', {
          ...reply,
          subject: reply.subject.replace(ticket.id, 'OPIN-123456789012'),
        }),
      ),
    ).toMatchObject({ status: 404 });
  });

  it('e-mails an e-mail origin desk about a ticket filed through its own portal', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
      origin: 'tampere',
    });
    expect(outboxOf(ctx).map((email) => email.to)).toEqual([
      'maija@example.fi',
      'helpdesk@tuni.fi',
    ]);
    await receiveDeskEmail(ctx, 'tampere', fromTampere(ctx, ticket.id, 'Hei, katsotaan.'));
    expect(ticket.messages).toHaveLength(1);
  });
});

describe('reading a reply', () => {
  it('drops quoted lines and everything from an "On … wrote:" line', () => {
    expect(
      takeReplyText(
        'Kiitos!\n> vanha\nuusi rivi\n\nOn Tue, 2 Dec 2026 Opin.fi <handoff@opin.fi> wrote:\nvanha viesti',
      ),
    ).toBe('Kiitos!\nuusi rivi');
    expect(takeReplyText('Tack!\n\nDen 2 dec. 2026 skrev Opin.fi:\n> x')).toBe('Tack!');
  });

  it('reads only above the marker line, in any of the three languages, wrapped or quoted', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const marker = replyMarkerLine(language);
      expect(takeReplyText(`Valmis.\n\n${marker}\n\nSisäinen ohje`)).toBe('Valmis.');
      expect(takeReplyText(`Valmis.\n> ${marker}\n> Sisäinen ohje`)).toBe('Valmis.');
      const wrapped = marker.replace(/ (\S+ -##)$/, '\n> $1');
      expect(takeReplyText(`Valmis.\n\n> ${wrapped}\n> Sisäinen ohje`)).toBe('Valmis.');
    }
    expect(replyMarkerLine('en')).toBe('##- Please type your reply above this line -##');
    expect(takeReplyText('Klart. ##- Skriv ditt svar ovanför den här raden -## Internt')).toBe(
      'Klart.',
    );
  });

  it('keeps a line that only looks like an attribution when it names no date', () => {
    expect(takeReplyText('On Monday we fixed it.\nMaija wrote:\nthanks')).toBe(
      'On Monday we fixed it.\nMaija wrote:\nthanks',
    );
  });
});
