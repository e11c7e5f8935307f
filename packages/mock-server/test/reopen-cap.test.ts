/**
 * Finding 16.3 (growth): messages were capped, but resolve → reopen cycles added timeline events
 * without limit. A learner may now reopen one ticket at most `maxReopensPerTicket` times, by
 * `POST /tickets/{id}/reopen` or by writing to the resolved ticket; one more is 409 `conflict` and
 * changes nothing. Desk actions stay unlimited.
 */
import { describe, expect, it } from 'vitest';
import { changeStatusByOwner } from '@opin/support-domain';
import { resolveOptions } from '@opin/support-http';
import { bearer, errorOf } from './support/http.js';
import { inProcessApi, type InProcessApi, type OpenTicket } from './support/in-process.js';
import { act } from './support/domain.js';

function learner(api: InProcessApi, opened: OpenTicket) {
  const path = `/tickets/${opened.ticket.id}`;
  return {
    reopen: () =>
      api.send(`${path}/reopen`, { method: 'POST', headers: bearer(opened.accessToken) }),
    write: (body: string) =>
      api.send(`${path}/messages`, {
        method: 'POST',
        headers: { ...bearer(opened.accessToken), 'Content-Type': 'application/json' },
        body: JSON.stringify({ body }),
      }),
  };
}

/** The owner (Opin.fi) resolves the ticket. */
async function resolve(api: InProcessApi, opened: OpenTicket): Promise<void> {
  await act(api.ctx, opened.ticket, (rules, t) =>
    changeStatusByOwner(rules, t, 'opin', 'resolved', api.ctx.clock.nowIso()),
  );
}

describe('reopens per ticket', () => {
  it('lets maxReopensPerTicket reopens through, then refuses both ways of reopening with 409', async () => {
    const api = inProcessApi({ maxReopensPerTicket: 2, learnerWritesPerMinute: 0 });
    const opened = await api.file();
    const { reopen, write } = learner(api, opened);

    await resolve(api, opened);
    expect((await reopen()).status).toBe(200);
    await resolve(api, opened);
    expect((await write('Asia ei ratkennut.')).status).toBe(201);
    await resolve(api, opened);

    const { version, timeline, messages } = structuredClone(opened.ticket);
    const refusedReopen = await reopen();
    expect(refusedReopen.status).toBe(409);
    const error = await errorOf(refusedReopen);
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      `${opened.ticket.id} has been reopened 2 times and cannot be reopened again; please file a new ticket.`,
    );
    expect((await write('Vieläkin ongelma.')).status).toBe(409);

    // Nothing changed: still resolved, same version, timeline and messages.
    expect(opened.ticket.status).toBe('resolved');
    expect(opened.ticket.version).toBe(version);
    expect(opened.ticket.timeline).toEqual(timeline);
    expect(opened.ticket.messages).toEqual(messages);
  });

  it('does not count desk actions, and is off at 0', async () => {
    const api = inProcessApi({ maxReopensPerTicket: 1, learnerWritesPerMinute: 0 });
    const opened = await api.file();
    for (let i = 0; i < 5; i++) {
      await act(api.ctx, opened.ticket, (rules, t) =>
        changeStatusByOwner(rules, t, 'opin', 'waiting_for_learner', api.ctx.clock.nowIso()),
      );
      expect((await learner(api, opened).write(`Vastaus ${i}`)).status).toBe(201);
    }
    await resolve(api, opened);
    expect((await learner(api, opened).reopen()).status).toBe(200);

    const unlimited = inProcessApi({ maxReopensPerTicket: 0, learnerWritesPerMinute: 0 });
    const free = await unlimited.file();
    for (let i = 0; i < 30; i++) {
      await resolve(unlimited, free);
      expect((await learner(unlimited, free).reopen()).status).toBe(200);
    }
  });

  it('has the documented default', () => {
    expect(resolveOptions().maxReopensPerTicket).toBe(20);
  });
});
