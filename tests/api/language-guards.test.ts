import { describe, expect, it } from 'vitest';
import { isSupportHttpError } from '@opin/support-sdk';
import { pickInstitutionDesk } from './support/desks.js';
import { itWithMockControl, ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('the language guards and the acknowledgement window', () => {
  it('plans a consult instead of a transfer when the owner does not answer in the ticket language', async () => {
    const swedishOnly = await pickInstitutionDesk(h, { answers: 'sv', doesNotAnswer: 'fi' });
    const preview = await h.learner.previewRouting({
      topicId: 'credits-and-grades',
      institutionId: swedishOnly.id,
      origin: 'opin',
      language: 'fi',
    });
    expect(preview).toMatchObject({
      answeringDesk: 'opin',
      plannedHandoff: { to: swedishOnly.id, mode: 'consult' },
      language: 'fi',
    });
  });

  it('refuses a transfer to a desk that does not serve the ticket language', async () => {
    const swedishOnly = await pickInstitutionDesk(h, { answers: 'sv', doesNotAnswer: 'fi' });
    const access = await h.fileForInstitution(swedishOnly.id);
    const error: unknown = await h
      .desk('opin')
      .requestHandoff(access.id, { to: swedishOnly.id, mode: 'transfer' })
      .catch((e: unknown) => e);
    expect(isSupportHttpError(error) && [error.status, error.code]).toEqual([
      422,
      'language_not_served',
    ]);
    expect((await h.learner.getTicket(access)).handoff).toBeNull();
  });

  it('refuses a reply to the learner in another language than the ticket', async () => {
    const access = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'sv' }),
    );
    await expect(
      h
        .desk('opin')
        .sendMessage(access.id, { body: 'Hello!', language: 'en', visibility: 'learner' }),
    ).rejects.toMatchObject({ status: 422, code: 'language_mismatch' });
    expect((await h.learner.getTicket(access)).messages).toEqual([]);
  });

  itWithMockControl(
    'returns an unaccepted hand-off to the sender after the window, and says so',
    async () => {
      const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
      const access = await h.fileForInstitution(institution.id);
      await h.desk('opin').requestHandoff(access.id, { to: institution.id, mode: 'transfer' });
      await h.mock.advanceClock(4 * 60 - 1);
      expect((await h.learner.getTicket(access)).handoff?.state).toBe('pending');

      await h.mock.advanceClock(1);
      const ticket = await h.learner.getTicket(access);
      expect(ticket.owner).toBe('opin');
      expect(ticket.handoff).toMatchObject({ to: institution.id, state: 'returned' });
      expect(ticket.timeline.at(-1)).toMatchObject({
        type: 'handoff_returned',
        desk: 'opin',
        reason: 'expired',
      });
      await expect(h.desk(institution.id).acceptHandoff(access.id)).rejects.toMatchObject({
        status: 409,
      });
      const alerts = (await h.desk('opin').getTicket(access.id)).internalNotes.filter(
        (n) => n.kind === 'alert',
      );
      expect(alerts).toHaveLength(1);
    },
  );

  it('a declined hand-off returns to the sender, who may hand off again', async () => {
    const first = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const second = await pickInstitutionDesk(h, { integration: 'realtime', not: [first.id] });
    const access = await h.fileForInstitution(first.id);
    await h.desk('opin').requestHandoff(access.id, { to: first.id, mode: 'consult' });
    await expect(
      h.desk('opin').requestHandoff(access.id, { to: second.id, mode: 'consult' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await h.desk(first.id).declineHandoff(access.id, { reason: 'Ei meidän asiamme.' });
    const ticket = await h.learner.getTicket(access);
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'handoff_returned',
      desk: 'opin',
      reason: 'declined',
    });
    expect(JSON.stringify(ticket)).not.toContain('Ei meidän asiamme');
    await h.desk('opin').requestHandoff(access.id, { to: second.id, mode: 'consult' });
  });
});
