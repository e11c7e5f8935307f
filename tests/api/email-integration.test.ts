import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { itWithMockControl, useMockServer } from './support/harness.js';

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

  it('cannot decline through the API: an unanswered hand-off returns by expiry', async () => {
    const desk = await pickInstitutionDesk(h, { integration: 'email' });
    const access = await h.fileForInstitution(desk.id, {
      topicId: 'enrolment-failed',
      language: 'en',
    });
    await h.desk('opin').requestHandoff(access.id, { to: desk.id, mode: 'consult' });
    await expect(h.desk(desk.id).declineHandoff(access.id)).rejects.toMatchObject({ status: 403 });
  });
});
