import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('use case 2: Opin.fi consults the institution about an incident, then answers', () => {
  it.each(['en', 'sv'] as const)('in %s', async (language) => {
    const institution = await pickInstitutionDesk(h, {
      integration: 'realtime',
      answers: language,
    });
    const request = ticketRequest({
      topicId: 'enrolment-failed',
      institutionId: institution.id,
      origin: 'opin',
      language,
      subject: 'Course enrolment fails',
    });
    const preview = await h.learner.previewRouting({
      topicId: request.topicId,
      institutionId: institution.id,
      origin: 'opin',
      language,
    });
    expect(preview).toMatchObject({
      receivingDesk: 'opin',
      answeringDesk: 'opin',
      plannedHandoff: { to: institution.id, mode: 'consult' },
    });

    const access = await h.file(request);
    const opin = h.desk('opin');
    const school = h.desk(institution.id);
    const question = 'INTERNAL: does the enrolment API reject this learner?';
    await opin.requestHandoff(access.id, { to: institution.id, mode: 'consult', note: question });

    let ticket = await h.learner.getTicket(access);
    expect(ticket.handoff).toMatchObject({
      from: 'opin',
      to: institution.id,
      mode: 'consult',
      state: 'pending',
    });
    expect(ticket.owner).toBe('opin');
    expect((await school.queue()).map((t) => t.id)).toContain(access.id);

    await school.acceptHandoff(access.id);
    ticket = await h.learner.getTicket(access);
    expect(ticket).toMatchObject({ owner: 'opin', assisting: institution.id });
    expect(ticket.handoff?.state).toBe('accepted');

    const answer = 'INTERNAL: the course was full; a seat has been added.';
    await school.sendMessage(access.id, { body: answer, language: 'fi', visibility: 'internal' });
    ticket = await h.learner.getTicket(access);
    expect(ticket.assisting).toBeNull();
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'consult_answered',
      desk: institution.id,
    });

    const reply = language === 'en' ? 'You can now enrol.' : 'Nu kan du anmäla dig.';
    await opin.sendMessage(access.id, { body: reply, language, visibility: 'learner' });
    await opin.setStatus(access.id, 'resolved');

    ticket = await h.learner.getTicket(access);
    expect(ticket.status).toBe('resolved');
    expect(ticket.messages.map((m) => m.body)).toEqual([reply]);
    expect(ticket.timeline.map((e) => e.type)).toEqual([
      'created',
      'handoff_requested',
      'handoff_accepted',
      'consult_answered',
      'message',
      'resolved',
    ]);
    const learnerView = JSON.stringify(ticket);
    expect(learnerView).not.toContain('INTERNAL');
    const deskView = await opin.getTicket(access.id);
    expect(deskView.internalNotes.map((n) => n.body)).toEqual(
      expect.arrayContaining([question, answer]),
    );
  });

  it('the assisting desk cannot write to the learner', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const access = await h.fileForInstitution(institution.id, { topicId: 'enrolment-failed' });
    await h.desk('opin').requestHandoff(access.id, { to: institution.id, mode: 'consult' });
    await h.desk(institution.id).acceptHandoff(access.id);
    await expect(
      h
        .desk(institution.id)
        .sendMessage(access.id, { body: 'Hei!', language: 'fi', visibility: 'learner' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
