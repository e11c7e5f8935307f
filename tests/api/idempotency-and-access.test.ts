import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from '@opin/support-sdk';
import { pickInstitutionDesk } from './support/desks.js';
import { itWithMockControl, ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('idempotent filing and who may open what', () => {
  itWithMockControl(
    'replays a repeated submission with the same key instead of filing twice',
    async () => {
      const request = ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' });
      const idempotencyKey = createIdempotencyKey();
      const first = await h.learner.createTicket(request, { idempotencyKey });
      const again = await h.learner.createTicket(request, { idempotencyKey });
      expect(first.replayed).toBe(false);
      expect(again.replayed).toBe(true);
      expect(again.ticket.id).toBe(first.ticket.id);
      expect(again.accessToken).toBe(first.accessToken);
      expect((await h.mock.stats()).tickets).toBe(1);
    },
  );

  itWithMockControl('refuses the same key with another body', async () => {
    const idempotencyKey = createIdempotencyKey();
    await h.learner.createTicket(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
      {
        idempotencyKey,
      },
    );
    await expect(
      h.learner.createTicket(
        ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'sv' }),
        {
          idempotencyKey,
        },
      ),
    ).rejects.toMatchObject({ status: 422, code: 'idempotency_mismatch' });
    expect((await h.mock.stats()).tickets).toBe(1);
  });

  it("another ticket's token opens nothing: 404, never revealing that the ticket exists", async () => {
    const mine = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
    );
    const theirs = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'en' }),
    );
    await expect(
      h.learner.getTicket({ id: theirs.id, accessToken: mine.accessToken }),
    ).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
    await expect(
      h.learner.sendMessage({ id: theirs.id, accessToken: mine.accessToken }, { body: 'hei' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      h.learner.getTicket({ id: 'OPIN-999999', accessToken: mine.accessToken }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("another desk's key is refused with 403, an unknown key with 401", async () => {
    const access = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
    );
    const other = await pickInstitutionDesk(h, { integration: 'realtime' });
    await expect(
      h
        .desk(other.id)
        .sendMessage(access.id, { body: 'Hei', language: 'fi', visibility: 'learner' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(h.desk(other.id).setStatus(access.id, 'resolved')).rejects.toMatchObject({
      status: 403,
    });
    await expect(h.desk(other.id).acceptHandoff(access.id)).rejects.toMatchObject({ status: 403 });
    const { createDeskClient } = await import('@opin/support-sdk/desk');
    const stranger = createDeskClient({ baseUrl: h.apiBase, deskKey: 'dev-nobody' });
    await expect(stranger.queue()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await h.learner.getTicket(access)).messages).toEqual([]);
  });
});
