import { describe, expect, it } from 'vitest';
import { acceptHandoff, requestHandoff } from '../src/handoffs.js';
import { changeStatusByOwner } from '../src/lifecycle.js';
import { runClock } from '../src/clock-rules.js';
import { act, fileTestTicket, now, testContext, type TestEnv } from './support/rules.js';

/** The tickets the repository keeps for the clock, due or not: those due by the year 2999. */
const watched = (ctx: TestEnv) => ctx.tickets.dueForClock('2999-01-01T00:00:00.000Z');

describe('the tickets the clock watches', () => {
  it('are only those with a pending hand-off or a resolution to close, until the clock is done', async () => {
    const ctx = testContext({ ackWindowMinutes: 60 });
    const plain = await fileTestTicket(ctx, { topicId: 'sign-in' });
    const handedOff = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    const accepted = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    await act(ctx, handedOff, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    await act(ctx, accepted, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx)),
    );
    await act(ctx, accepted, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    await act(ctx, plain, (rules, t) =>
      changeStatusByOwner(rules, t, plain.owner, 'resolved', now(ctx)),
    );
    await runClock(ctx);
    expect(await watched(ctx)).toEqual([handedOff.id, plain.id]);

    ctx.clock.advance(60);
    await runClock(ctx);
    expect(handedOff.handoff?.state).toBe('returned');
    expect(await watched(ctx)).toEqual([plain.id]);

    ctx.clock.advance(14 * 24 * 60);
    await runClock(ctx);
    expect(plain.status).toBe('closed');
    expect(await watched(ctx)).toEqual([]);
  });
});
