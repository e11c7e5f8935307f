import { mockStatsSchema, outboxEmailSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { bearer, deskDo, fileTicket, getTicket, postJson, useMockServer } from './support/http.js';

describe('the mock-only endpoints', () => {
  const handle = useMockServer({ ackWindowMinutes: 30 });

  it('shows the e-mails the backend would have sent, filterable by recipient', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'enrolment-failed',
      institutionId: 'tampere',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'tampere',
      mode: 'consult',
    });
    const all = (await (await fetch(`${handle.base}/_mock/outbox`)).json()) as unknown[];
    expect(all.map((email) => outboxEmailSchema.parse(email).to)).toEqual([
      'maija@example.fi',
      'helpdesk@tuni.fi',
    ]);
    const toDesk = (await (
      await fetch(`${handle.base}/_mock/outbox?to=HELPDESK@tuni.fi`)
    ).json()) as unknown[];
    expect(toDesk).toHaveLength(1);
  });

  it('moves the clock with 204, and due hand-offs return at once', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'helsinki',
      mode: 'consult',
    });
    const before = handle.server.api.now().getTime();
    expect((await postJson(`${handle.base}/_mock/clock`, { advanceMinutes: 30 })).status).toBe(204);
    expect(handle.server.api.now().getTime() - before).toBeGreaterThanOrEqual(30 * 60_000);
    expect((await getTicket(handle.base, ticket.id, accessToken)).handoff?.state).toBe('returned');
    expect((await postJson(`${handle.base}/_mock/clock`, { advanceMinutes: -5 })).status).toBe(400);
  });

  it('counts stored tickets per owning desk', async () => {
    await fileTicket(handle.base);
    await fileTicket(handle.base, { origin: 'helsinki' });
    await fileTicket(handle.base, { origin: 'helsinki' });
    const stats = mockStatsSchema.parse(await (await fetch(`${handle.base}/_mock/stats`)).json());
    expect(stats.tickets).toBe(3);
    expect(stats.ticketsByDesk).toMatchObject({ opin: 1, helsinki: 2, aalto: 0 });
  });

  it('resets to the seed with 204: no tickets, no e-mails, and never the same reference again', async () => {
    const { ticket, accessToken } = await fileTicket(handle.base);
    expect((await fetch(`${handle.base}/_mock/reset`, { method: 'POST' })).status).toBe(204);
    expect(
      (await fetch(`${handle.base}/tickets/${ticket.id}`, { headers: bearer(accessToken) })).status,
    ).toBe(404);
    expect(await (await fetch(`${handle.base}/_mock/outbox`)).json()).toEqual([]);
    expect((await fileTicket(handle.base)).ticket.id).not.toBe(ticket.id);
  });
});
