/**
 * An e-mail desk that handed its ticket to Opin.fi support by e-mail hears back by e-mail, in its
 * working language: the consult's answer (the ticket stays with it, and it answers the learner by
 * replying), or that the transfer was taken (nothing more is asked of it). The baton is never
 * dropped silently.
 */
import { describe, expect, it } from 'vitest';
import { acceptHandoff, applyAccept, applyConsultAnswer } from '../src/handoffs.js';
import { commit } from '../src/ticket-edits.js';
import {
  act,
  fileTestTicket,
  now,
  outboxOf,
  receiveDeskEmail,
  replySubject,
  testContext,
  type TestEnv,
} from './support/rules.js';
import type { StoredTicket } from '../src/model.js';

const tampere = 'helpdesk@tuni.fi';

function fromTampere(ctx: TestEnv, ticket: StoredTicket, body: string) {
  return receiveDeskEmail(ctx, 'tampere', {
    from: tampere,
    subject: replySubject(ctx, ticket.id, tampere),
    body,
  });
}

/** A Finnish ticket filed through Tampere's portal, handed to Opin.fi by Tampere's reply. */
async function handedToOpin(keyword: string) {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: 'tampere',
    origin: 'tampere',
  });
  await fromTampere(ctx, ticket, `${keyword}\nOpiskelija on vaihdossa, tiedättekö?`);
  expect(ticket.handoff).toMatchObject({ from: 'tampere', to: 'opin', state: 'pending' });
  const mailsBefore = outboxOf(ctx).length;
  return { ctx, ticket, mailsBefore };
}

const lastToTampere = (ctx: TestEnv) => outboxOf(ctx).findLast((mail) => mail.to === tampere);

describe('an e-mail desk’s hand-off to Opin.fi, answered', () => {
  it('mails the consult’s answer to the desk in Finnish; its reply then reaches the learner', async () => {
    const { ctx, ticket, mailsBefore } = await handedToOpin('KYSY OPIN');
    const answer = 'Vaihto-opinnot kirjataan kotikorkeakoulussa hyväksilukuna.';
    await act(ctx, ticket, (rules, t) => {
      applyAccept(rules, t, 'opin', now(ctx));
      applyConsultAnswer(rules, t, 'opin', answer, now(ctx));
      commit(t, now(ctx));
    });
    expect(outboxOf(ctx).length).toBe(mailsBefore + 1);
    const mail = lastToTampere(ctx);
    expect(mail?.body).toContain(
      `Opin.fi-tuki vastasi konsultaatiopyyntöösi tukipyynnössä ${ticket.id}:`,
    );
    expect(mail?.body).toContain(answer);
    expect(mail?.body).toContain('Tukipyyntö on edelleen sinun hoidettavanasi');
    expect(mail?.body).toContain('RATKAISTU');
    // The learner never sees the consult's answer by e-mail.
    const learnerMails = outboxOf(ctx).filter((m) => m.to === ticket.contact.email);
    for (const m of learnerMails) expect(m.body).not.toContain(answer);

    await fromTampere(ctx, ticket, 'Hei, vaihto-opinnot kirjataan meillä hyväksilukuna.');
    expect(ticket.messages.at(-1)).toMatchObject({ author: { kind: 'desk', desk: 'tampere' } });
  });

  it('tells the desk, in Finnish, that Opin.fi took the transfer, and asks nothing more of it', async () => {
    const { ctx, ticket, mailsBefore } = await handedToOpin('SIIRRÄ OPIN');
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'opin', now(ctx)));
    expect(ticket.owner).toBe('opin');
    expect(outboxOf(ctx).length).toBe(mailsBefore + 1);
    const mail = lastToTampere(ctx);
    expect(mail?.body).toContain(
      `Opin.fi-tuki otti siirtämäsi tukipyynnön ${ticket.id} hoitaakseen ja vastaa oppijalle.`,
    );
    expect(mail?.body).not.toContain('HYVÄKSY');
    expect(mail?.body).not.toContain('RATKAISTU');
  });
});
