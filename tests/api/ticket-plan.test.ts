/**
 * The ticket's plan as the contract states it (docs/design/domain.md, "The plan"): who answers the
 * learner and by when. At filing it is the routing preview's answer; it is the same in every view;
 * a consult leaves it, a transfer that changes who answers changes it.
 */
import type { CreateTicketRequest } from '@opin/support-sdk';
import { describe, expect, it } from 'vitest';
import { pickInstitutionDesk } from './support/desks.js';
import { ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

const HOUR_MS = 60 * 60 * 1000;
/** `hours` after `at`, rounded up to a whole hour: when an answer is due. */
const hoursAfter = (at: string, hours: number) =>
  new Date(Math.ceil((Date.parse(at) + hours * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString();

describe('the ticket plan', () => {
  it('is, at filing, the preview’s answering desk due its response time after filing (use cases 1–4)', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const cases: Pick<CreateTicketRequest, 'topicId' | 'institutionId' | 'origin' | 'language'>[] =
      [
        { topicId: 'sign-in', origin: 'opin', language: 'fi' },
        {
          topicId: 'enrolment-failed',
          institutionId: institution.id,
          origin: 'opin',
          language: 'fi',
        },
        {
          topicId: 'credits-and-grades',
          institutionId: institution.id,
          origin: 'opin',
          language: 'fi',
        },
        { topicId: 'sign-in', origin: institution.id, language: 'fi' },
        { topicId: 'personal-data', origin: institution.id, language: 'fi' },
      ];
    for (const request of cases) {
      const preview = await h.learner.previewRouting(request);
      const { ticket, accessToken } = await h.learner.createTicket(ticketRequest(request));
      expect(ticket.plan, JSON.stringify(request)).toEqual({
        answeringDesk: preview.answeringDesk,
        expectedBy: hoursAfter(ticket.createdAt, preview.expectedResponseHours),
      });
      const access = { id: ticket.id, accessToken };
      expect((await h.learner.getTicket(access)).plan).toEqual(ticket.plan);
      expect((await h.desk(ticket.owner).getTicket(ticket.id)).plan).toEqual(ticket.plan);
    }
  });

  it('stays through a consult, and follows an accepted transfer to another desk than planned', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const access = await h.file(
      ticketRequest({
        topicId: 'enrolment-failed',
        institutionId: institution.id,
        origin: 'opin',
        language: 'fi',
      }),
    );
    const planned = (await h.learner.getTicket(access)).plan;
    expect(planned.answeringDesk).toBe('opin');
    const opin = h.desk('opin');
    const school = h.desk(institution.id);

    await opin.requestHandoff(access.id, { to: institution.id, mode: 'consult' });
    await school.acceptHandoff(access.id);
    await school.sendMessage(access.id, {
      body: 'Enrolment fixed.',
      language: 'en',
      visibility: 'internal',
    });
    expect((await h.learner.getTicket(access)).plan).toEqual(planned);

    await opin.requestHandoff(access.id, { to: institution.id, mode: 'transfer' });
    const accepted = await school.acceptHandoff(access.id);
    expect(accepted.plan).toEqual({
      answeringDesk: institution.id,
      expectedBy: hoursAfter(accepted.handoff?.respondedAt ?? '', institution.responseTargetHours),
    });
    expect((await h.learner.getTicket(access)).plan).toEqual(accepted.plan);
  });

  it('keeps a planned transfer’s promise when it is accepted, and goes back to the owner when it is declined', async () => {
    const institution = await pickInstitutionDesk(h, { integration: 'realtime', answers: 'fi' });
    const opinDesk = (await h.learner.listDesks()).find((desk) => desk.id === 'opin');
    const file = () => h.fileForInstitution(institution.id);

    const kept = await file();
    const promised = (await h.learner.getTicket(kept)).plan;
    expect(promised.answeringDesk).toBe(institution.id);
    await h.desk('opin').requestHandoff(kept.id, { to: institution.id, mode: 'transfer' });
    expect((await h.desk(institution.id).acceptHandoff(kept.id)).plan).toEqual(promised);

    const returned = await file();
    await h.desk('opin').requestHandoff(returned.id, { to: institution.id, mode: 'transfer' });
    const declined = await h.desk(institution.id).declineHandoff(returned.id);
    expect(declined.plan).toEqual({
      answeringDesk: 'opin',
      expectedBy: hoursAfter(
        declined.handoff?.respondedAt ?? '',
        opinDesk?.responseTargetHours ?? 0,
      ),
    });
    expect((await h.learner.getTicket(returned)).plan).toEqual(declined.plan);
  });
});
