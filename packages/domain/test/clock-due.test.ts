import { describe, expect, it } from 'vitest';
import { nextClockTime } from '../src/clock-due.js';
import { acceptHandoff, requestHandoff } from '../src/handoffs.js';
import { changeStatusByOwner, reopenByLearner } from '../src/lifecycle.js';
import { act, fileTestTicket, testContext } from './support/rules.js';

describe('when a ticket next needs the clock', () => {
  it('is never for a ticket with nothing pending', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    expect(nextClockTime(ticket, ctx.options)).toBe(null);
  });

  it('is the end of a pending hand-off’s acknowledgement window, and never once it is accepted', async () => {
    const ctx = testContext({ ackWindowMinutes: 90 });
    const ticket = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    const at = '2026-12-01T10:00:00.000Z';
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'transfer' }, at),
    );
    expect(nextClockTime(ticket, ctx.options)).toBe('2026-12-01T11:30:00.000Z');
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', at));
    expect(nextClockTime(ticket, ctx.options)).toBe(null);
  });

  it('is 14 days after a resolution, until the learner reopens', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    const at = '2026-12-01T10:00:00.000Z';
    await act(ctx, ticket, (rules, t) => changeStatusByOwner(rules, t, 'opin', 'resolved', at));
    expect(nextClockTime(ticket, ctx.options)).toBe('2026-12-15T10:00:00.000Z');
    await act(ctx, ticket, (rules, t) => reopenByLearner(rules, t, at));
    expect(nextClockTime(ticket, ctx.options)).toBe(null);
  });
});
