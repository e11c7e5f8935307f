import { describe, expect, it } from 'vitest';
import { acceptHandoff, requestHandoff } from '../src/domain/handoffs.js';
import { resolve } from '../src/domain/lifecycle.js';
import { runSweeps } from '../src/domain/sweeps.js';
import { fileTestTicket, now, testContext } from './support/domain.js';

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
    requestHandoff(ctx, handedOff, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx));
    requestHandoff(ctx, accepted, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx));
    acceptHandoff(ctx, accepted, 'helsinki', now(ctx));
    resolve(ctx, plain, plain.owner, now(ctx));
    runSweeps(ctx);
    expect([...ctx.store.clockWatched]).toEqual([handedOff, plain]);

    ctx.clock.advance(60);
    runSweeps(ctx);
    expect(handedOff.handoff?.state).toBe('returned');
    expect([...ctx.store.clockWatched]).toEqual([plain]);

    ctx.clock.advance(14 * 24 * 60);
    runSweeps(ctx);
    expect(plain.status).toBe('closed');
    expect(ctx.store.clockWatched.size).toBe(0);
  });
});
