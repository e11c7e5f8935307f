import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('use case 3: Opin.fi transfers a question; the institution answers the learner directly', () => {
  it.each([
    ['sv', 'Dina studieprestationer syns nu i registret.'],
    ['fi', 'Opintosuorituksesi näkyvät nyt rekisterissä.'],
  ] as const)('in %s', async (language, reply) => {
    const institution = await pickInstitutionDesk(h, {
      integration: 'realtime',
      answers: language,
    });
    const request = ticketRequest({
      topicId: 'credits-and-grades',
      institutionId: institution.id,
      origin: 'opin',
      language,
    });
    const preview = await h.learner.previewRouting({
      topicId: request.topicId,
      institutionId: institution.id,
      origin: 'opin',
      language,
    });
    expect(preview).toMatchObject({
      receivingDesk: 'opin',
      answeringDesk: institution.id,
      plannedHandoff: { to: institution.id, mode: 'transfer' },
      expectedResponseHours: institution.responseTargetHours,
    });

    const access = await h.file(request);
    const created = await h.learner.getTicket(access);
    await h
      .desk('opin')
      .requestHandoff(access.id, { to: institution.id, mode: 'transfer', note: 'Over to you.' });

    let ticket = await h.learner.getTicket(access);
    expect(ticket).toMatchObject({
      owner: 'opin',
      handoff: { mode: 'transfer', state: 'pending' },
    });

    const school = h.desk(institution.id);
    await school.acceptHandoff(access.id);
    ticket = await h.learner.getTicket(access);
    expect(ticket).toMatchObject({
      owner: institution.id,
      status: 'in_progress',
      handoff: { state: 'accepted' },
    });

    await school.sendMessage(access.id, { body: reply, language, visibility: 'learner' });
    await school.setStatus(access.id, 'resolved');
    ticket = await h.learner.getTicket(access);

    expect(ticket.id).toBe(created.id);
    expect(ticket.status).toBe('resolved');
    expect(ticket.messages).toEqual([
      expect.objectContaining({
        author: { kind: 'desk', desk: institution.id },
        body: reply,
        language,
      }),
    ]);
    expect(ticket.timeline.map((e) => [e.type, e.desk])).toEqual([
      ['created', 'opin'],
      ['handoff_requested', 'opin'],
      ['handoff_accepted', institution.id],
      ['message', institution.id],
      ['resolved', institution.id],
    ]);
  });

  it('after the transfer the former owner can no longer act', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const access = await h.fileForInstitution(institution.id);
    await h.desk('opin').requestHandoff(access.id, { to: institution.id, mode: 'transfer' });
    await h.desk(institution.id).acceptHandoff(access.id);
    await expect(
      h.desk('opin').sendMessage(access.id, { body: 'Hei', language: 'fi', visibility: 'learner' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(h.desk('opin').setStatus(access.id, 'resolved')).rejects.toMatchObject({
      status: 403,
    });
  });
});
