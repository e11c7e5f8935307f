import { describe, expect, it } from 'vitest';
import { itWithMockControl, ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('use case 1: Opin.fi support receives an Opin.fi matter and resolves it', () => {
  it.each([
    ['fi', 'Kiitos viestistäsi! Tyhjennä selaimen evästeet ja kirjaudu uudelleen.'],
    ['en', 'Thank you! Please clear your cookies and sign in again.'],
  ] as const)(
    'in %s: no hand-off is planned, Opin.fi answers and resolves',
    async (language, reply) => {
      const preview = await h.learner.previewRouting({
        topicId: 'sign-in',
        origin: 'opin',
        language,
      });
      expect(preview).toMatchObject({
        receivingDesk: 'opin',
        answeringDesk: 'opin',
        plannedHandoff: null,
        language,
      });

      const access = await h.file(ticketRequest({ topicId: 'sign-in', origin: 'opin', language }));
      const opin = h.desk('opin');
      const [queued] = (await opin.queue()).filter((t) => t.id === access.id);
      expect(queued).toMatchObject({ owner: 'opin', status: 'received', plannedHandoff: null });

      await opin.sendMessage(access.id, { body: reply, language, visibility: 'learner' });
      await opin.setStatus(access.id, 'resolved');

      const ticket = await h.learner.getTicket(access);
      expect(ticket.status).toBe('resolved');
      expect(ticket.owner).toBe('opin');
      expect(ticket.handoff).toBeNull();
      expect(ticket.messages.map((m) => [m.author, m.body, m.language])).toEqual([
        [{ kind: 'desk', desk: 'opin' }, reply, language],
      ]);
      expect(ticket.timeline.map((e) => [e.type, e.desk])).toEqual([
        ['created', 'opin'],
        ['message', 'opin'],
        ['resolved', 'opin'],
      ]);
    },
  );

  itWithMockControl(
    'the learner can write back and reopen within 14 days; later the ticket closes',
    async () => {
      const access = await h.file(
        ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
      );
      const opin = h.desk('opin');
      await opin.sendMessage(access.id, {
        body: 'Korjattu.',
        language: 'fi',
        visibility: 'learner',
      });
      await opin.setStatus(access.id, 'resolved');

      expect((await h.learner.reopenTicket(access)).status).toBe('in_progress');
      await opin.setStatus(access.id, 'resolved');
      await h.mock.advanceClock(14 * 24 * 60);

      const ticket = await h.learner.getTicket(access);
      expect(ticket.status).toBe('closed');
      await expect(
        h.learner.sendMessage(access, { body: 'Vielä yksi asia' }),
      ).rejects.toMatchObject({
        status: 409,
        code: 'conflict',
      });
    },
  );
});
