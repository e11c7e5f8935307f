import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe("use case 4: the institution's desk receives an Opin.fi matter", () => {
  it('consult (fi): the institution asks Opin.fi, waits, and answers the learner itself', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const preview = await h.learner.previewRouting({
      topicId: 'sign-in',
      origin: institution.id,
      language: 'fi',
    });
    expect(preview).toMatchObject({
      receivingDesk: institution.id,
      answeringDesk: institution.id,
      plannedHandoff: { to: 'opin', mode: 'consult' },
    });

    const access = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: institution.id, language: 'fi' }),
    );
    const school = h.desk(institution.id);
    const opin = h.desk('opin');
    expect((await school.getTicket(access.id)).plannedHandoff).toEqual({
      to: 'opin',
      mode: 'consult',
    });

    await school.requestHandoff(access.id, {
      to: 'opin',
      mode: 'consult',
      note: 'Haka login loops?',
    });
    await opin.acceptHandoff(access.id);
    await opin.sendMessage(access.id, {
      body: 'Known issue with Haka, fixed at 14:00.',
      language: 'en',
      visibility: 'internal',
    });
    await school.sendMessage(access.id, {
      body: 'Kirjautumisvika on korjattu. Kokeile uudelleen.',
      language: 'fi',
      visibility: 'learner',
    });
    await school.setStatus(access.id, 'resolved');

    const ticket = await h.learner.getTicket(access);
    expect(ticket).toMatchObject({
      origin: institution.id,
      owner: institution.id,
      status: 'resolved',
    });
    expect(ticket.timeline.map((e) => [e.type, e.desk])).toEqual([
      ['created', institution.id],
      ['handoff_requested', institution.id],
      ['handoff_accepted', 'opin'],
      ['consult_answered', 'opin'],
      ['message', institution.id],
      ['resolved', institution.id],
    ]);
  });

  it('transfer (sv): the institution asks Opin.fi to answer the learner', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'sv' });
    const preview = await h.learner.previewRouting({
      topicId: 'personal-data',
      origin: institution.id,
      language: 'sv',
    });
    expect(preview).toMatchObject({
      receivingDesk: institution.id,
      answeringDesk: 'opin',
      plannedHandoff: { to: 'opin', mode: 'transfer' },
    });

    const access = await h.file(
      ticketRequest({
        topicId: 'personal-data',
        origin: institution.id,
        language: 'sv',
        subject: 'Radera mina uppgifter',
        description: 'Jag vill att mina uppgifter i Opin.fi raderas.',
      }),
    );
    await h.desk(institution.id).requestHandoff(access.id, { to: 'opin', mode: 'transfer' });
    const opin = h.desk('opin');
    await opin.acceptHandoff(access.id);
    await opin.sendMessage(access.id, {
      body: 'Vi har raderat dina uppgifter.',
      language: 'sv',
      visibility: 'learner',
    });
    await opin.setStatus(access.id, 'resolved');

    const ticket = await h.learner.getTicket(access);
    expect(ticket).toMatchObject({
      origin: institution.id,
      owner: 'opin',
      status: 'resolved',
      language: 'sv',
    });
    expect(ticket.messages.map((m) => m.author)).toEqual([{ kind: 'desk', desk: 'opin' }]);
  });
});
