import { deskTicketSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import {
  bearer,
  deskDo,
  deskPost,
  errorOf,
  fileTicket,
  getTicket,
  useMockServer,
} from './support/http.js';

describe('desk work over HTTP', () => {
  const handle = useMockServer();

  it('plays a consult: opin asks, the institution answers internally, opin replies and resolves', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    const path = `/tickets/${ticket.id}`;
    const queued = await fetch(`${handle.base}/desk/queue`, { headers: bearer('dev-opin') });
    expect(((await queued.json()) as { plannedHandoff: unknown }[])[0]?.plannedHandoff).toEqual({
      to: 'helsinki',
      mode: 'consult',
    });

    await deskDo(handle.base, 'opin', `${path}/handoffs`, {
      to: 'helsinki',
      mode: 'consult',
      note: 'Näettekö virheen?',
    });
    expect(
      (await deskPost(handle.base, 'opin', `${path}/status`, { status: 'resolved' })).status,
    ).toBe(409);
    await deskDo(handle.base, 'helsinki', `${path}/handoffs/accept`);
    await deskDo(handle.base, 'helsinki', `${path}/messages`, {
      body: 'Korjattu.',
      language: 'fi',
      visibility: 'internal',
    });
    await deskDo(handle.base, 'opin', `${path}/messages`, {
      body: 'Ilmoittautuminen toimii nyt.',
      language: 'fi',
      visibility: 'learner',
    });
    const resolved = deskTicketSchema.parse(
      await deskDo(handle.base, 'opin', `${path}/status`, { status: 'resolved' }),
    );
    expect(resolved.internalNotes.map((note) => note.kind)).toEqual([
      'handoff_note',
      'consult_answer',
    ]);

    const learner = await getTicket(handle.base, ticket.id, accessToken);
    expect(learner).toMatchObject({ status: 'resolved', owner: 'opin', assisting: null });
    expect(learner.timeline.map((event) => event.type)).toEqual([
      'created',
      'handoff_requested',
      'handoff_accepted',
      'consult_answered',
      'message',
      'resolved',
    ]);
    expect(JSON.stringify(learner)).not.toContain('Korjattu.');
  });

  it('plays a transfer over the e-mail bridge and checks the sender and the reference', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'tampere',
      mode: 'transfer',
    });
    const outbox = (await (
      await fetch(`${handle.base}/_mock/outbox?to=helpdesk@tuni.fi&ticketId=${ticket.id}`)
    ).json()) as { subject: string }[];
    const reply = {
      from: 'helpdesk@tuni.fi',
      subject: `RE: ${outbox.at(-1)?.subject ?? ''}`,
      body: 'RESOLVED\nArvosana on kirjattu.',
    };
    const accepted = await deskDo(handle.base, 'tampere', '/inbound-email', reply);
    expect(accepted).toMatchObject({ owner: 'tampere', status: 'resolved' });
    const learner = await getTicket(handle.base, ticket.id, accessToken);
    expect(learner.messages.map((message) => message.body)).toEqual(['Arvosana on kirjattu.']);
    expect(learner.desks.find((desk) => desk.id === 'tampere')?.lastSyncAt).not.toBeNull();

    const wrongSender = await deskPost(handle.base, 'tampere', '/inbound-email', {
      ...reply,
      from: 'x@tuni.fi',
    });
    expect(wrongSender.status).toBe(403);
    const noReference = await deskPost(handle.base, 'tampere', '/inbound-email', {
      ...reply,
      subject: 'Arvosana',
    });
    expect(noReference.status).toBe(400);
  });

  it('refuses a transfer to a desk without the language, and replies in another language', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'hanken',
    });
    const transfer = await deskPost(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'hanken',
      mode: 'transfer',
    });
    expect(transfer.status).toBe(422);
    expect((await errorOf(transfer)).code).toBe('language_not_served');
    const reply = await deskPost(handle.base, 'opin', `/tickets/${ticket.id}/messages`, {
      body: 'Hej',
      language: 'sv',
      visibility: 'learner',
    });
    expect(reply.status).toBe(422);
    expect((await errorOf(reply)).code).toBe('language_mismatch');
  });

  it('refuses a decline from an e-mail desk with a message about the window', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'tampere',
      mode: 'consult',
    });
    const decline = await deskPost(
      handle.base,
      'tampere',
      `/tickets/${ticket.id}/handoffs/decline`,
      {},
    );
    expect(decline.status).toBe(403);
    expect((await errorOf(decline)).message).toContain('window ends');
  });

  it('accepts and declines with an empty body', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'helsinki',
      mode: 'transfer',
    });
    const response = await fetch(`${handle.base}/desk/tickets/${ticket.id}/handoffs/decline`, {
      method: 'POST',
      headers: bearer('dev-helsinki'),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { handoff: { state: string } }).handoff.state).toBe(
      'returned',
    );
  });
});
