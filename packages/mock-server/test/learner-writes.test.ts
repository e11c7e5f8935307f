/**
 * Finding 16.10 (writes): a learner token could post messages without limit. Learner writes
 * (messages and reopen) are now limited per ticket over a rolling minute of the server clock; one
 * more is refused with 429 `rate_limited` and `Retry-After`, and changes nothing. The clock is
 * driven by the test, never waited for.
 */
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '@opin/support-http';
import { bearer, errorOf } from './support/http.js';
import { inProcessApi, type InProcessApi, type OpenTicket } from './support/in-process.js';

function poster(api: InProcessApi, opened: OpenTicket) {
  return (body: string) =>
    api.send(`/tickets/${opened.ticket.id}/messages`, {
      method: 'POST',
      headers: { ...bearer(opened.accessToken), 'Content-Type': 'application/json' },
      body: JSON.stringify({ body }),
    });
}

describe('learner writes per minute', () => {
  it('lets learnerWritesPerMinute messages through per ticket, refuses the next with Retry-After', async () => {
    const api = inProcessApi({ learnerWritesPerMinute: 3 });
    const opened = await api.file();
    const post = poster(api, opened);
    for (const body of ['one', 'two', 'three']) expect((await post(body)).status).toBe(201);
    const version = opened.ticket.version;

    const refused = await post('four');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await errorOf(refused)).code).toBe('rate_limited');
    expect(opened.ticket.messages).toHaveLength(3);
    expect(opened.ticket.version).toBe(version);

    // Another ticket has its own budget.
    const other = await api.file();
    expect((await poster(api, other)('elsewhere')).status).toBe(201);

    // A minute later on the server clock, the ticket takes writes again.
    api.ctx.clock.advance(1);
    expect((await post('four')).status).toBe(201);
    expect(opened.ticket.messages).toHaveLength(4);
  });

  it('counts a reopen as a write, and is off at 0', async () => {
    const limited = inProcessApi({ learnerWritesPerMinute: 1 });
    const opened = await limited.file();
    expect((await poster(limited, opened)('one')).status).toBe(201);
    const reopen = await limited.send(`/tickets/${opened.ticket.id}/reopen`, {
      method: 'POST',
      headers: bearer(opened.accessToken),
    });
    expect(reopen.status).toBe(429);

    const unlimited = inProcessApi({ learnerWritesPerMinute: 0 });
    const free = await unlimited.file();
    for (let i = 0; i < 30; i++) expect((await poster(unlimited, free)(`m${i}`)).status).toBe(201);
  });

  it('has the documented default', () => {
    expect(resolveOptions().learnerWritesPerMinute).toBe(20);
  });
});
