import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/domain/desk-messages.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../src/domain/handoffs.js';
import { changeStatusByOwner } from '../src/domain/lifecycle.js';
import { isHandoffOpen } from '../src/domain/model.js';
import { fileTestTicket, now, testContext, thrown } from './support/domain.js';

const credits = { topicId: 'credits-and-grades', institutionId: 'helsinki' };

describe('the hand-off state machine', () => {
  it('keeps the owner while a hand-off is pending and records the note internally', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    requestHandoff(
      ctx,
      ticket,
      'opin',
      { to: 'helsinki', mode: 'transfer', note: 'Arvosana-asia.' },
      now(ctx),
    );
    expect(ticket.owner).toBe('opin');
    expect(ticket.handoff).toMatchObject({
      from: 'opin',
      to: 'helsinki',
      mode: 'transfer',
      state: 'pending',
    });
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'handoff_requested',
      desk: 'opin',
      to: 'helsinki',
      mode: 'transfer',
    });
    expect(ticket.internalNotes).toMatchObject([
      { kind: 'handoff_note', desk: 'opin', body: 'Arvosana-asia.' },
    ]);
    expect(ticket.desks.map((desk) => desk.id)).toEqual(['opin', 'helsinki']);
  });

  it('makes the receiving desk the owner when it accepts a transfer', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx));
    acceptHandoff(ctx, ticket, 'helsinki', now(ctx));
    expect(ticket).toMatchObject({ owner: 'helsinki', status: 'in_progress', assisting: null });
    expect(ticket.handoff?.state).toBe('accepted');
    expect(isHandoffOpen(ticket.handoff)).toBe(false);
    const formerOwner = thrown(() =>
      addDeskMessage(
        ctx,
        ticket,
        'opin',
        { body: 'Hei', language: 'fi', visibility: 'learner' },
        now(ctx),
      ),
    );
    expect(formerOwner).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('keeps a consult open until the assisting desk answers internally', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'helsinki',
    });
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx));
    acceptHandoff(ctx, ticket, 'helsinki', now(ctx));
    expect(ticket).toMatchObject({ owner: 'opin', assisting: 'helsinki' });
    expect(isHandoffOpen(ticket.handoff)).toBe(true);
    expect(
      thrown(() =>
        addDeskMessage(
          ctx,
          ticket,
          'helsinki',
          { body: 'Hei', language: 'fi', visibility: 'learner' },
          now(ctx),
        ),
      ),
    ).toMatchObject({ status: 403 });

    addDeskMessage(
      ctx,
      ticket,
      'helsinki',
      { body: 'Korjattu meillä.', language: 'fi', visibility: 'internal' },
      now(ctx),
    );
    expect(ticket.assisting).toBeNull();
    expect(isHandoffOpen(ticket.handoff)).toBe(false);
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'consult_answered', desk: 'helsinki' });
    expect(ticket.internalNotes.at(-1)).toMatchObject({ kind: 'consult_answer', desk: 'helsinki' });
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    expect(ticket.status).toBe('resolved');
  });

  it('lets only the owner hand off, to a known other desk, one hand-off at a time', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    expect(
      thrown(() =>
        requestHandoff(ctx, ticket, 'helsinki', { to: 'aalto', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      thrown(() =>
        requestHandoff(ctx, ticket, 'opin', { to: 'nowhere', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(
      thrown(() => requestHandoff(ctx, ticket, 'opin', { to: 'opin', mode: 'consult' }, now(ctx))),
    ).toMatchObject({ status: 400 });
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx));
    expect(
      thrown(() => requestHandoff(ctx, ticket, 'opin', { to: 'aalto', mode: 'consult' }, now(ctx))),
    ).toMatchObject({ status: 409 });
  });

  it('refuses a transfer to a desk that does not answer in the ticket’s language, but allows a consult', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'hanken',
    });
    expect(
      thrown(() =>
        requestHandoff(ctx, ticket, 'opin', { to: 'hanken', mode: 'transfer' }, now(ctx)),
      ),
    ).toMatchObject({
      status: 422,
      code: 'language_not_served',
    });
    requestHandoff(ctx, ticket, 'opin', { to: 'hanken', mode: 'consult' }, now(ctx));
    expect(ticket.handoff?.state).toBe('pending');
  });

  it('refuses hand-offs on resolved tickets', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    expect(
      thrown(() =>
        requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
  });

  it('lets only the receiving desk accept or decline, and only while pending', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx));
    expect(thrown(() => acceptHandoff(ctx, ticket, 'aalto', now(ctx)))).toMatchObject({
      status: 403,
    });
    expect(thrown(() => declineHandoff(ctx, ticket, 'opin', undefined, now(ctx)))).toMatchObject({
      status: 403,
    });
    acceptHandoff(ctx, ticket, 'helsinki', now(ctx));
    expect(thrown(() => acceptHandoff(ctx, ticket, 'helsinki', now(ctx)))).toMatchObject({
      status: 409,
    });
  });

  it('returns a declined hand-off to the sender with the reason and an alert', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx));
    declineHandoff(ctx, ticket, 'helsinki', 'Ei meidän opiskelija.', now(ctx));
    expect(ticket.owner).toBe('opin');
    expect(ticket.handoff).toMatchObject({ state: 'returned' });
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'handoff_returned',
      desk: 'opin',
      reason: 'declined',
    });
    expect(ticket.internalNotes.map((note) => note.kind)).toEqual(['decline_reason', 'alert']);
    requestHandoff(ctx, ticket, 'opin', { to: 'aalto', mode: 'consult' }, now(ctx));
    expect(ticket.handoff?.to).toBe('aalto');
  });

  it('does not let an e-mail desk decline, and says the hand-off returns when the window ends', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    requestHandoff(ctx, ticket, 'opin', { to: 'tampere', mode: 'transfer' }, now(ctx));
    const refusal = thrown(() => declineHandoff(ctx, ticket, 'tampere', undefined, now(ctx)));
    expect(refusal).toMatchObject({ status: 403 });
    expect(refusal.message).toMatch(/returns .* window ends/);
  });
});
