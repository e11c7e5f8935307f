import { describe, expect, it } from 'vitest';
import type { Ticket } from '@opin/support-sdk';
import { ticketRequest, useMockServer } from './support/harness.js';

const h = useMockServer();

describe('watching a ticket over the event stream', () => {
  it('delivers every change in order and ends cleanly on abort', async () => {
    const access = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
    );
    const opin = h.desk('opin');
    const controller = new AbortController();
    const seen: Ticket[] = [];
    let firstArrived: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (firstArrived = resolve));

    const watching = (async () => {
      for await (const ticket of h.learner.watchTicket(access, { signal: controller.signal })) {
        seen.push(ticket);
        firstArrived();
        if (ticket.status === 'resolved') controller.abort();
      }
    })();

    await first;
    await opin.sendMessage(access.id, {
      body: 'Selvitämme asiaa.',
      language: 'fi',
      visibility: 'learner',
    });
    await opin.setStatus(access.id, 'waiting_for_learner');
    await h.learner.sendMessage(access, { body: 'Tässä lisätietoa.' });
    await opin.setStatus(access.id, 'resolved');
    await expect(watching).resolves.toBeUndefined();

    const versions = seen.map((t) => t.version);
    expect(versions).toEqual(versions.map((_, i) => (versions[0] ?? 0) + i));
    expect(seen.map((t) => t.status)).toEqual([
      'received',
      'in_progress',
      'waiting_for_learner',
      'in_progress',
      'resolved',
    ]);
    expect(seen.at(-1)?.messages.map((m) => m.author.kind)).toEqual(['desk', 'learner']);
  });

  it('an abort before anything arrives ends the iteration without an error', async () => {
    const access = await h.file(
      ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'en' }),
    );
    const controller = new AbortController();
    controller.abort();
    const seen: Ticket[] = [];
    for await (const ticket of h.learner.watchTicket(access, { signal: controller.signal }))
      seen.push(ticket);
    expect(seen).toEqual([]);
  });
});
