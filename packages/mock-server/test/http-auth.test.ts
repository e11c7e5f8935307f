import { describe, expect, it } from 'vitest';
import {
  bearer,
  deskDo,
  deskPost,
  errorOf,
  fileTicket,
  postJson,
  useMockServer,
} from './support/http.js';

describe('who may open what, over HTTP', () => {
  const handle = useMockServer();

  it('opens a ticket only with its own token; another ticket’s token gets 404', async () => {
    const mine = await fileTicket(handle.base);
    const theirs = await fileTicket(handle.base);
    expect(
      (
        await fetch(`${handle.base}/tickets/${mine.ticket.id}`, {
          headers: bearer(mine.accessToken),
        })
      ).status,
    ).toBe(200);
    const other = await fetch(`${handle.base}/tickets/${mine.ticket.id}`, {
      headers: bearer(theirs.accessToken),
    });
    expect(other.status).toBe(404);
    expect((await errorOf(other)).code).toBe('not_found');
    const write = await postJson(
      `${handle.base}/tickets/${mine.ticket.id}/messages`,
      { body: 'Hei' },
      bearer(theirs.accessToken),
    );
    expect(write.status).toBe(404);
  });

  it('answers an unknown ticket and a wrong token alike, never revealing existence', async () => {
    const mine = await fileTicket(handle.base);
    const unknown = await fetch(`${handle.base}/tickets/OPIN-999999`, {
      headers: bearer(mine.accessToken),
    });
    const wrong = await fetch(`${handle.base}/tickets/${mine.ticket.id}`, {
      headers: bearer('x'.repeat(43)),
    });
    expect(await errorOf(unknown)).toEqual(await errorOf(wrong));
  });

  it('requires a well-formed Bearer token (401)', async () => {
    const { ticket } = await fileTicket(handle.base);
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${handle.base}/tickets/${ticket.id}`, { headers });
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('unauthorized');
    }
  });

  it('refuses an unknown desk key with 401 and a missing one too', async () => {
    expect(
      (await fetch(`${handle.base}/desk/queue`, { headers: bearer('dev-nowhere') })).status,
    ).toBe(401);
    expect(
      (await fetch(`${handle.base}/desk/queue`, { headers: bearer('prod-opin') })).status,
    ).toBe(401);
    expect((await fetch(`${handle.base}/desk/queue`)).status).toBe(401);
  });

  it('refuses another desk’s actions on a ticket with 403', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
    });
    const byStranger = await deskPost(handle.base, 'aalto', `/tickets/${ticket.id}/messages`, {
      body: 'Hei',
      language: 'fi',
      visibility: 'learner',
    });
    expect(byStranger.status).toBe(403);
    expect((await errorOf(byStranger)).code).toBe('forbidden');
    expect(
      (await deskPost(handle.base, 'aalto', `/tickets/${ticket.id}/status`, { status: 'resolved' }))
        .status,
    ).toBe(403);
    expect(
      (await fetch(`${handle.base}/desk/tickets/${ticket.id}`, { headers: bearer('dev-aalto') }))
        .status,
    ).toBe(403);
    expect(
      (await fetch(`${handle.base}/desk/tickets/OPIN-999999`, { headers: bearer('dev-opin') }))
        .status,
    ).toBe(404);
  });

  it('shows a ticket to every desk that is or was involved', async () => {
    const { ticket } = await fileTicket(handle.base, {
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
    });
    await deskDo(handle.base, 'opin', `/tickets/${ticket.id}/handoffs`, {
      to: 'helsinki',
      mode: 'transfer',
    });
    await deskDo(handle.base, 'helsinki', `/tickets/${ticket.id}/handoffs/accept`);
    for (const desk of ['opin', 'helsinki']) {
      const response = await fetch(`${handle.base}/desk/tickets/${ticket.id}`, {
        headers: bearer(`dev-${desk}`),
      });
      expect(response.status).toBe(200);
    }
    const queue = (await (
      await fetch(`${handle.base}/desk/queue`, { headers: bearer('dev-opin') })
    ).json()) as unknown[];
    expect(queue).toEqual([]);
  });
});
