import { describe, expect, it } from 'vitest';
import { acceptHandoff, requestHandoff } from '../src/handoffs.js';
import { runClock } from '../src/clock-rules.js';
import { act, fileTestTicket, now, outboxOf, refused, testContext } from './support/rules.js';
import { subjectTag } from '../src/email/reply-tag.js';

describe('hand-off expiry', () => {
  it('returns an unaccepted hand-off when the acknowledgement window ends on the server clock', async () => {
    const ctx = testContext({ ackWindowMinutes: 60 });
    const ticket = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    ctx.clock.advance(59);
    await runClock(ctx);
    expect(ticket.handoff?.state).toBe('pending');
    ctx.clock.advance(1);
    await runClock(ctx);
    expect(ticket.handoff?.state).toBe('returned');
    expect(ticket.owner).toBe('opin');
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'handoff_returned',
      desk: 'opin',
      reason: 'expired',
    });
    expect(ticket.internalNotes.at(-1)).toMatchObject({ kind: 'alert', desk: 'opin' });
    expect(
      await refused(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx))),
    ).toMatchObject({
      status: 409,
    });
  });

  it('alerts an e-mail sender by e-mail when its hand-off expires', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'sign-in',
      origin: 'tampere',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'tampere', { to: 'opin', mode: 'consult' }, now(ctx)),
    );
    ctx.clock.advance(240);
    await runClock(ctx);
    const last = outboxOf(ctx).at(-1);
    expect(last).toMatchObject({
      to: 'helpdesk@tuni.fi',
      subject: `${subjectTag(ctx.replyKey, ticket.id, 'tampere')} ${ticket.subject}`,
    });
    // Tampere works in Finnish: the hand-off came back, and Opin.fi support did not accept it in time.
    expect(last?.body).toContain(
      'palautui sinulle: Opin.fi-tuki ei hyväksynyt sitä 4 tunnin kuluessa',
    );
  });
});
