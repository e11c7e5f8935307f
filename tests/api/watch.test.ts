import { describe, expect, it } from 'vitest';
import type { Ticket } from '@opin/support-sdk';
import { ticketRequest, useMockServer } from './support/harness.js';
import { apiTarget } from './support/target.js';

const h = useMockServer();

describe('watching a ticket over the event stream', () => {
  it('delivers the changes in order, never an older version, and ends cleanly on abort', async () => {
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

    // In order and never older; a frame may stand for several changes on the support server
    // (api.md, "The event stream"), each shows its version as it was saved.
    const statusAt = ['received', 'in_progress', 'waiting_for_learner', 'in_progress', 'resolved'];
    const versions = seen.map((t) => t.version);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(statusAt.length);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(seen.map((t) => t.status)).toEqual(versions.map((v) => statusAt[v - 1]));
    // The mock tells each change on its own.
    if (apiTarget.kind === 'in-process') expect(versions).toEqual([1, 2, 3, 4, 5]);
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
