import type { Desk, Locale } from '@opin/support-sdk';
import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { itWithMockControl, ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('an e-mail-integrated desk', () => {
  itWithMockControl(
    'gets a consult by e-mail, and its reply e-mail accepts and answers it',
    async () => {
      const desk = await pickInstitutionDesk(h, { integration: 'email' });
      const language = desk.languages[0] ?? 'en';
      const access = await h.fileForInstitution(desk.id, { topicId: 'enrolment-failed', language });
      await h.desk('opin').requestHandoff(access.id, {
        to: desk.id,
        mode: 'consult',
        note: 'Please check the enrolment.',
      });

      const mail = (await h.mock.outbox()).find((m) => m.to === desk.deskEmail);
      expect(mail).toBeDefined();
      expect(mail?.subject).toContain(`[${access.id} #`);
      expect(mail?.body).toContain('Please check the enrolment.');

      let ticket = await h.learner.getTicket(access);
      expect(ticket.desks.find((d) => d.id === desk.id)).toMatchObject({
        integration: 'email',
        lastSyncAt: null,
      });

      const answer = 'The enrolment was blocked by a missing study right; fixed now.';
      await h.desk(desk.id).receiveEmail({
        from: desk.deskEmail ?? '',
        subject: `Re: ${mail?.subject ?? ''}`,
        body: answer,
      });
      ticket = await h.learner.getTicket(access);
      expect(ticket.timeline.slice(-2).map((e) => [e.type, e.desk])).toEqual([
        ['handoff_accepted', desk.id],
        ['consult_answered', desk.id],
      ]);
      expect(ticket.assisting).toBeNull();
      expect(ticket.desks.find((d) => d.id === desk.id)?.lastSyncAt).not.toBeNull();
      expect(JSON.stringify(ticket)).not.toContain(answer);
      const notes = (await h.desk('opin').getTicket(access.id)).internalNotes;
      expect(notes).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'consult_answer', body: answer })]),
      );
    },
  );

  itWithMockControl(
    'takes a transfer by e-mail: the reply text reaches the learner, RESOLVED resolves',
    async () => {
      const desk = await pickInstitutionDesk(h, { integration: 'email' });
      const language = desk.languages[0] ?? 'en';
      const access = await h.fileForInstitution(desk.id, { language });
      await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'transfer' });
      const mail = (await h.mock.outbox()).find((m) => m.to === desk.deskEmail);
      // The reply keeps the subject, with its reply tag, as mail programs do.
      const subject = `Re: ${mail?.subject ?? ''}`;
      const from = desk.deskEmail ?? '';

      await h.desk(desk.id).receiveEmail({ from, subject, body: 'First answer to the learner.' });
      let ticket = await h.learner.getTicket(access);
      expect(ticket).toMatchObject({ owner: desk.id, status: 'in_progress' });
      expect(ticket.messages.at(-1)).toMatchObject({
        body: 'First answer to the learner.',
        language,
      });

      await h.desk(desk.id).receiveEmail({ from, subject, body: 'RESOLVED\nAll done.' });
      ticket = await h.learner.getTicket(access);
      expect(ticket.status).toBe('resolved');
      expect(ticket.messages.at(-1)?.body).toBe('All done.');

      const toLearner = (await h.mock.outbox()).filter((m) => m.to === 'oppija@example.fi');
      expect(toLearner.length).toBeGreaterThanOrEqual(3);
    },
  );

  itWithMockControl(
    'ignores an automatic reply (202) and applies a reply once per Message-ID (issue 16, finding 6)',
    async () => {
      const desk = await pickInstitutionDesk(h, { integration: 'email' });
      const access = await h.fileForInstitution(desk.id, { language: desk.languages[0] ?? 'en' });
      await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'transfer' });
      const from = desk.deskEmail ?? '';
      // Both keep the subject of the hand-off e-mail, with its reply tag, as mail programs do.
      const mail = (await h.mock.outbox()).find(
        (m) => m.to === desk.deskEmail && m.ticketId === access.id,
      );
      expect(mail?.subject).toContain(`[${access.id} #`);
      const subject = mail?.subject ?? '';

      const oof = await h.desk(desk.id).receiveEmail({
        from,
        subject: `Automatic reply: ${subject}`,
        body: 'I am out of the office until Monday.',
        messageId: `<oof-${access.id}@example.org>`,
        headers: { 'auto-submitted': 'auto-replied' },
      });
      expect(oof).toEqual({ ignored: 'auto_reply' });
      let ticket = await h.learner.getTicket(access);
      expect(ticket.owner).toBe('opin');
      expect(ticket.messages).toEqual([]);

      const reply = {
        from,
        subject: `Re: ${subject}`,
        body: 'Your enrolment is fixed.',
        messageId: `<reply-${access.id}@example.org>`,
      };
      const first = await h.desk(desk.id).receiveEmail(reply);
      const again = await h.desk(desk.id).receiveEmail(reply);
      expect(again).toEqual(first);
      ticket = await h.learner.getTicket(access);
      expect(ticket.owner).toBe(desk.id);
      expect(ticket.messages.map((m) => m.body)).toEqual(['Your enrolment is fixed.']);
    },
  );

  it('cannot decline through the API: it declines by e-mail, or the hand-off returns by expiry', async () => {
    const desk = await pickInstitutionDesk(h, { integration: 'email' });
    const access = await h.fileForInstitution(desk.id, {
      topicId: 'enrolment-failed',
      language: 'en',
    });
    await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'consult' });
    await expect(h.desk(desk.id).declineHandoff(access.id)).rejects.toMatchObject({ status: 403 });
  });
});

describe('an e-mail desk, in its working language', () => {
  /** The first e-mail desk whose working language (its first) is `language`. */
  async function emailDeskWorkingIn(language: Locale): Promise<Desk> {
    const desks = await h.learner.listDesks();
    const desk = desks.find((d) => d.integration === 'email' && d.languages[0] === language);
    if (!desk?.deskEmail) throw new Error(`the seed has no e-mail desk working in ${language}`);
    return desk;
  }

  /** The newest e-mail to the desk about the ticket; a reply keeps its subject. */
  async function mailTo(desk: Desk, ticketId: string) {
    const mail = (await h.mock.outbox())
      .filter((m) => m.to === desk.deskEmail && m.ticketId === ticketId)
      .at(-1);
    if (!mail) throw new Error(`no e-mail to ${desk.id} about ${ticketId}`);
    return mail;
  }

  async function replyTo(desk: Desk, ticketId: string, body: string) {
    const { subject } = await mailTo(desk, ticketId);
    return h.desk(desk.id).receiveEmail({
      from: desk.deskEmail ?? '',
      subject: `Re: ${subject}`,
      body,
    });
  }

  /** A ticket filed through the desk's own portal: the desk owns it. */
  function fileThroughPortal(desk: Desk, language: Locale) {
    return h.file(
      ticketRequest({
        topicId: 'credits-and-grades',
        language,
        institutionId: desk.id,
        origin: desk.id,
        subject: 'Arvosana “Tilastotiede 1” puuttuu',
      }),
    );
  }

  itWithMockControl(
    'a Finnish-working desk gets its hand-off in Finnish: what is asked, by when, the keywords, the learner’s text unchanged',
    async () => {
      const desk = await emailDeskWorkingIn('fi');
      const access = await h.fileForInstitution(desk.id, { language: 'en' });
      await h.desk('opin').requestHandoff(access.id, {
        to: desk.id,
        mode: 'consult',
        note: 'Tarkistatteko arvosanan?',
      });
      const mail = await mailTo(desk, access.id);
      const ticket = await h.desk('opin').getTicket(access.id);
      expect(mail.subject).toMatch(/^\[OPIN-\d{12} #[0-9a-z]{16}\] /);
      expect(mail.subject.endsWith(` ${ticket.subject}`)).toBe(true);
      expect(mail.body.split('\n')[0]).toBe('##- Kirjoita vastauksesi tämän rivin yläpuolelle -##');
      expect(mail.body).toContain('pyytää apuasi tukipyynnön käsittelyyn (konsultaatio)');
      expect(mail.body).toMatch(
        /Vastaa viimeistään \S+ \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2} \(Suomen aikaa\) eli 4 tunnin kuluessa/,
      );
      expect(mail.body).toContain('Kuka vastaa: ');
      expect(mail.body).toContain(`\n${ticket.description}\n`);
      expect(mail.body).toContain('Tarkistatteko arvosanan?');
      expect(mail.body).toContain('\nHYVÄKSY – ');
      expect(mail.body).toContain('\nHYLKÄÄ – ');
      for (const english of ['How to answer', 'Description:', 'the learner', 'reply']) {
        expect(mail.body).not.toContain(english);
      }
    },
  );

  itWithMockControl(
    'declines a hand-off by e-mail (HYLKÄÄ): it returns to its sender with the reason',
    async () => {
      const desk = await emailDeskWorkingIn('fi');
      const access = await h.fileForInstitution(desk.id);
      await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'transfer' });
      const answer = await replyTo(desk, access.id, 'hylkää\nTämä kuuluu toiselle yksikölle.');
      expect(answer).toMatchObject({ owner: 'opin' });

      const ticket = await h.desk('opin').getTicket(access.id);
      expect(ticket.handoff).toMatchObject({ to: desk.id, state: 'returned' });
      expect(ticket.timeline.at(-1)).toMatchObject({
        type: 'handoff_returned',
        reason: 'declined',
      });
      expect(ticket.internalNotes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'decline_reason',
            desk: desk.id,
            body: 'Tämä kuuluu toiselle yksikölle.',
          }),
        ]),
      );
      expect(ticket.messages).toEqual([]);

      // Nothing is pending any more: a second decline is refused (409) and changes nothing.
      await expect(replyTo(desk, access.id, 'HYLKÄÄ')).rejects.toMatchObject({ status: 409 });
      expect((await h.desk('opin').getTicket(access.id)).version).toBe(ticket.version);
    },
  );

  for (const [keyword, mode] of [
    ['KYSY OPIN', 'consult'],
    ['SIIRRÄ OPIN', 'transfer'],
  ] as const) {
    itWithMockControl(
      `hands its own ticket to Opin.fi by e-mail (${keyword}: ${mode}), the rest of the reply as the note`,
      async () => {
        const desk = await emailDeskWorkingIn('fi');
        const access = await fileThroughPortal(desk, 'fi');
        const newTicketMail = await mailTo(desk, access.id);
        expect(newTicketMail.body).toContain(`\n${keyword} – `);

        await replyTo(desk, access.id, `${keyword}\nOpiskelija tarvitsee Opin.fi:n apua.`);
        const ticket = await h.desk('opin').getTicket(access.id);
        expect(ticket.handoff).toMatchObject({ from: desk.id, to: 'opin', mode, state: 'pending' });
        expect(ticket.internalNotes.at(-1)).toMatchObject({
          kind: 'handoff_note',
          body: 'Opiskelija tarvitsee Opin.fi:n apua.',
        });
        expect(ticket.messages).toEqual([]);
        expect((await h.desk('opin').queue()).map((t) => t.id)).toContain(access.id);

        await h.desk('opin').acceptHandoff(access.id);
        const accepted = await h.learner.getTicket(access);
        expect(accepted.owner).toBe(mode === 'transfer' ? 'opin' : desk.id);
        expect(accepted.assisting).toBe(mode === 'consult' ? 'opin' : null);
      },
    );
  }

  itWithMockControl(
    'refuses a hand-off to Opin.fi by a desk that does not own the ticket (403), and changes nothing',
    async () => {
      const desk = await emailDeskWorkingIn('fi');
      const access = await h.fileForInstitution(desk.id);
      await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'consult' });
      const before = await h.desk('opin').getTicket(access.id);
      await expect(replyTo(desk, access.id, 'TRANSFER OPIN')).rejects.toMatchObject({
        status: 403,
      });
      expect(await h.desk('opin').getTicket(access.id)).toEqual(before);
    },
  );

  itWithMockControl(
    'resolves by e-mail in Swedish (LÖST), the rest of the reply a message to the learner',
    async () => {
      const desk = await emailDeskWorkingIn('sv');
      const access = await fileThroughPortal(desk, 'sv');
      const mail = await mailTo(desk, access.id);
      expect(mail.body.split('\n')[0]).toBe('##- Skriv ditt svar ovanför den här raden -##');
      expect(mail.body).toContain('\nLÖST – ');

      await replyTo(desk, access.id, 'Löst\nVitsordet är nu registrerat.');
      const ticket = await h.learner.getTicket(access);
      expect(ticket.status).toBe('resolved');
      expect(ticket.messages.map((m) => m.body)).toEqual(['Vitsordet är nu registrerat.']);
    },
  );
});
