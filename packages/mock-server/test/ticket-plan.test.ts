/**
 * The ticket's plan (docs/design/domain.md, "The plan"), over HTTP on loopback: which desk will
 * answer the learner and by when, set at filing from the routing rule and changed only by a
 * transfer that changes who answers — the same in every answer that carries the ticket.
 */
import {
  deskTicketSchema,
  routingPreviewSchema,
  ticketSchema,
  type Desk,
  type OutboxEmail,
  type Ticket,
  type TicketPlan,
} from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import {
  bearer,
  deskDo,
  deskPost,
  fileTicket,
  getTicket,
  postJson,
  useMockServer,
} from './support/http.js';
import { SseReader } from './support/sse.js';

const HOUR_MS = 60 * 60 * 1000;

/** `hours` after `at`, rounded up to a whole hour: when an answer is due (docs/design/domain.md). */
function hoursAfter(at: string, hours: number): string {
  return new Date(Math.ceil((Date.parse(at) + hours * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString();
}

/** Use cases 1–4 (docs/design/domain.md): the filing, and who the routing rule says answers. */
const useCases = [
  {
    name: 'use case 1',
    body: { topicId: 'sign-in', origin: 'opin', language: 'fi' },
    answers: 'opin',
  },
  {
    name: 'use case 2',
    body: {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
      origin: 'opin',
      language: 'en',
    },
    answers: 'opin',
  },
  {
    name: 'use case 3',
    body: {
      topicId: 'credits-and-grades',
      institutionId: 'hanken',
      origin: 'opin',
      language: 'sv',
    },
    answers: 'hanken',
  },
  {
    name: 'use case 3, an e-mail desk',
    body: {
      topicId: 'credits-and-grades',
      institutionId: 'abo-akademi',
      origin: 'opin',
      language: 'sv',
    },
    answers: 'abo-akademi',
  },
  {
    name: 'use case 4, a consult',
    body: { topicId: 'sign-in', origin: 'hanken', language: 'sv' },
    answers: 'hanken',
  },
  {
    name: 'use case 4, a transfer',
    body: { topicId: 'personal-data', origin: 'hanken', language: 'sv' },
    answers: 'opin',
  },
] as const;

describe('the ticket plan over HTTP', () => {
  const handle = useMockServer({ rateLimitPerMinute: 0 });

  async function targetHours(desk: string): Promise<number> {
    const desks = (await (await fetch(`${handle.base}/desks`)).json()) as Desk[];
    const found = desks.find((d) => d.id === desk);
    if (!found) throw new Error(`no desk ${desk}`);
    return found.responseTargetHours;
  }

  async function deskView(desk: string, id: string) {
    const response = await fetch(`${handle.base}/desk/tickets/${id}`, {
      headers: bearer(`dev-${desk}`),
    });
    expect(response.status).toBe(200);
    return deskTicketSchema.parse(await response.json());
  }

  async function advanceClock(minutes: number) {
    const response = await postJson(`${handle.base}/_mock/clock`, { advanceMinutes: minutes });
    expect(response.status).toBe(204);
  }

  async function planOf(id: string, token: string): Promise<TicketPlan> {
    return ticketSchema.parse(await getTicket(handle.base, id, token)).plan;
  }

  it.each(useCases)(
    '$name: POST /tickets returns the routing rule’s answering desk, due its target after filing',
    async ({ body, answers }) => {
      const preview = routingPreviewSchema.parse(
        await (await postJson(`${handle.base}/routing/preview`, body)).json(),
      );
      const { ticket } = await fileTicket(handle.base, body);
      expect(preview.answeringDesk).toBe(answers);
      expect(ticketSchema.parse(ticket).plan).toEqual({
        answeringDesk: answers,
        expectedBy: hoursAfter(ticket.createdAt, await targetHours(answers)),
      });
      expect(ticket.plan.expectedBy).toBe(
        hoursAfter(ticket.createdAt, preview.expectedResponseHours),
      );
      // The preview promised the same whole hour, computed a moment earlier.
      expect(Date.parse(preview.expectedBy) % HOUR_MS).toBe(0);
      expect(Date.parse(preview.expectedBy)).toBeLessThanOrEqual(
        Date.parse(ticket.plan.expectedBy),
      );
      expect(
        Date.parse(ticket.plan.expectedBy) - Date.parse(preview.expectedBy),
      ).toBeLessThanOrEqual(HOUR_MS);
    },
  );

  it('keeps the plan when the planned transfer is accepted: the promised desk answers, by the promised time', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[2].body);
    const planned = ticket.plan;
    expect(ticket.owner).toBe('opin');
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'hanken',
      mode: 'transfer',
    });
    await advanceClock(90);
    const accepted = await deskDo(handle.base, 'hanken', `/tickets/${ticket.id}/handoffs/accept`);
    expect(accepted).toMatchObject({ owner: 'hanken', plan: planned });
    expect(await planOf(ticket.id, accessToken)).toEqual(planned);
  });

  it('gives an accepted transfer to another desk than planned that desk, due its target from the acceptance', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[0].body);
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'haaga-helia',
      mode: 'transfer',
    });
    // Asking changes nothing: until the other desk takes the ticket, the plan stands.
    expect(await planOf(ticket.id, accessToken)).toEqual(ticket.plan);
    await advanceClock(45);
    const accepted = await deskDo(
      handle.base,
      'haaga-helia',
      `/tickets/${ticket.id}/handoffs/accept`,
    );
    const acceptedAt = accepted.handoff?.respondedAt ?? '';
    expect(accepted.plan).toEqual({
      answeringDesk: 'haaga-helia',
      expectedBy: hoursAfter(acceptedAt, await targetHours('haaga-helia')),
    });
    expect(accepted.plan).not.toEqual(ticket.plan);
    expect(await planOf(ticket.id, accessToken)).toEqual(accepted.plan);
  });

  it('gives a transfer an e-mail desk accepts by replying to that desk, due its target from the reply', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[0].body);
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'tampere',
      mode: 'transfer',
    });
    const mails = (await (
      await fetch(`${handle.base}/_mock/outbox?to=helpdesk@tuni.fi&ticketId=${ticket.id}`)
    ).json()) as OutboxEmail[];
    const subject = mails.at(-1)?.subject ?? '';
    await advanceClock(30);
    const replied = await deskDo(handle.base, 'tampere', '/inbound-email', {
      from: 'helpdesk@tuni.fi',
      subject: `Re: ${subject}`,
      body: 'Hei, selvitämme kirjautumisongelman ja palaamme asiaan.',
    });
    expect(replied.owner).toBe('tampere');
    expect(replied.plan).toEqual({
      answeringDesk: 'tampere',
      expectedBy: hoursAfter(replied.handoff?.respondedAt ?? '', await targetHours('tampere')),
    });
    expect(await planOf(ticket.id, accessToken)).toEqual(replied.plan);
  });

  it('gives a declined planned transfer back to the owner, due its target from the decline', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[2].body);
    expect(ticket.plan.answeringDesk).toBe('hanken');
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'hanken',
      mode: 'transfer',
    });
    await advanceClock(20);
    const declined = await deskDo(handle.base, 'hanken', `/tickets/${ticket.id}/handoffs/decline`, {
      reason: 'Inte vårt ärende.',
    });
    expect(declined.handoff?.state).toBe('returned');
    expect(declined.plan).toEqual({
      answeringDesk: 'opin',
      expectedBy: hoursAfter(declined.handoff?.respondedAt ?? '', await targetHours('opin')),
    });
    expect(await planOf(ticket.id, accessToken)).toEqual(declined.plan);
  });

  it('gives an expired planned transfer back to the owner, due its target from the expiry', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[5].body);
    expect(ticket.plan.answeringDesk).toBe('opin');
    const requested = await deskDo(handle.base, 'hanken', `/tickets/${ticket.id}/handoffs`, {
      to: 'opin',
      mode: 'transfer',
    });
    await advanceClock(240);
    const expired = await deskView('hanken', ticket.id);
    expect(expired.timeline.at(-1)).toMatchObject({ type: 'handoff_returned', reason: 'expired' });
    const deadline = new Date(
      Date.parse(requested.handoff?.requestedAt ?? '') + 4 * HOUR_MS,
    ).toISOString();
    expect(expired.handoff?.respondedAt).toBe(deadline);
    expect(expired.plan).toEqual({
      answeringDesk: 'hanken',
      expectedBy: hoursAfter(deadline, await targetHours('hanken')),
    });
    expect(await planOf(ticket.id, accessToken)).toEqual(expired.plan);
  });

  it('keeps the plan when a transfer the plan did not count on returns', async () => {
    // The owner answers as planned, and a transfer it tried is declined.
    const { ticket } = await fileTicket(handle.base, useCases[0].body);
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'helsinki',
      mode: 'transfer',
    });
    await advanceClock(10);
    const declined = await deskDo(
      handle.base,
      'helsinki',
      `/tickets/${ticket.id}/handoffs/decline`,
    );
    expect(declined.plan).toEqual(ticket.plan);

    // Another desk than the owner is planned to answer, and a transfer to a third one is declined:
    // the planned transfer can still be made, so the planned desk still answers.
    const planned = await fileTicket(handle.base, useCases[2].body);
    const path = `/tickets/${planned.ticket.id}`;
    await deskDo(handle.base, 'opin', `${path}/handoffs`, { to: 'arcada', mode: 'transfer' });
    await advanceClock(10);
    const third = await deskDo(handle.base, 'arcada', `${path}/handoffs/decline`);
    expect(third.handoff).toMatchObject({ to: 'arcada', state: 'returned' });
    expect(third.plan).toEqual(planned.ticket.plan);
    expect(third.plan.answeringDesk).toBe('hanken');
  });

  it('keeps the plan through a consult: asked, accepted, answered, or declined', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[1].body);
    const path = `/tickets/${ticket.id}`;
    await deskDo(handle.base, 'opin', `${path}/handoffs`, { to: 'helsinki', mode: 'consult' });
    await advanceClock(30);
    expect((await deskDo(handle.base, 'helsinki', `${path}/handoffs/accept`)).plan).toEqual(
      ticket.plan,
    );
    const answered = await deskDo(handle.base, 'helsinki', `${path}/messages`, {
      body: 'Ilmoittautuminen on korjattu.',
      language: 'fi',
      visibility: 'internal',
    });
    expect(answered.assisting).toBeNull();
    expect(answered.plan).toEqual(ticket.plan);

    await deskDo(handle.base, 'opin', `${path}/handoffs`, { to: 'aalto', mode: 'consult' });
    const declined = await deskDo(handle.base, 'aalto', `${path}/handoffs/decline`);
    expect(declined.handoff).toMatchObject({ mode: 'consult', state: 'returned' });
    expect(declined.plan).toEqual(ticket.plan);
    expect(await planOf(ticket.id, accessToken)).toEqual(ticket.plan);
  });

  it('is the same in POST /tickets, GET /tickets/{id}, the event stream and the desk view, before and after it changes', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, useCases[0].body);
    const response = await fetch(`${handle.base}/tickets/${ticket.id}/events`, {
      headers: bearer(accessToken),
    });
    expect(response.status).toBe(200);
    const stream = new SseReader(response);
    const framed = async (): Promise<Ticket> =>
      ticketSchema.parse(JSON.parse((await stream.nextFrame())?.data ?? ''));
    try {
      const first = await framed();
      expect(first.plan).toEqual(ticket.plan);
      expect(await planOf(ticket.id, accessToken)).toEqual(ticket.plan);
      expect((await deskView('opin', ticket.id)).plan).toEqual(ticket.plan);

      await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
        to: 'aalto',
        mode: 'transfer',
      });
      expect((await framed()).plan).toEqual(ticket.plan);
      await advanceClock(15);
      const accept = await deskPost(handle.base, 'aalto', `/tickets/${ticket.id}/handoffs/accept`);
      const accepted = deskTicketSchema.parse(await accept.json());
      expect(accepted.plan.answeringDesk).toBe('aalto');
      const frame = await framed();
      expect(frame.version).toBe(accepted.version);
      expect(frame.plan).toEqual(accepted.plan);
      expect(await planOf(ticket.id, accessToken)).toEqual(accepted.plan);
      expect((await deskView('aalto', ticket.id)).plan).toEqual(accepted.plan);
    } finally {
      await stream.cancel();
    }
  });
});
