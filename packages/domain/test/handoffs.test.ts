import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/desk-messages.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../src/handoffs.js';
import { changeStatusByOwner } from '../src/lifecycle.js';
import { isHandoffOpen } from '../src/model.js';
import { act, fileTestTicket, now, refused, testContext } from './support/rules.js';

const credits = { topicId: 'credits-and-grades', institutionId: 'helsinki' };

describe('the hand-off state machine', () => {
  it('keeps the owner while a hand-off is pending and records the note internally', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(
        rules,
        t,
        'opin',
        { to: 'helsinki', mode: 'transfer', note: 'Arvosana-asia.' },
        now(ctx),
      ),
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
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx)),
    );
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    expect(ticket).toMatchObject({ owner: 'helsinki', status: 'in_progress', assisting: null });
    expect(ticket.handoff?.state).toBe('accepted');
    expect(isHandoffOpen(ticket.handoff)).toBe(false);
    const formerOwner = await refused(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
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
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    expect(ticket).toMatchObject({ owner: 'opin', assisting: 'helsinki' });
    expect(isHandoffOpen(ticket.handoff)).toBe(true);
    expect(
      await refused(ctx, ticket, (rules, t) =>
        addDeskMessage(
          rules,
          t,
          'helsinki',
          { body: 'Hei', language: 'fi', visibility: 'learner' },
          now(ctx),
        ),
      ),
    ).toMatchObject({ status: 403 });

    await act(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        'helsinki',
        { body: 'Korjattu meillä.', language: 'fi', visibility: 'internal' },
        now(ctx),
      ),
    );
    expect(ticket.assisting).toBeNull();
    expect(isHandoffOpen(ticket.handoff)).toBe(false);
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'consult_answered', desk: 'helsinki' });
    expect(ticket.internalNotes.at(-1)).toMatchObject({ kind: 'consult_answer', desk: 'helsinki' });
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    expect(ticket.status).toBe('resolved');
  });

  it('lets only the owner hand off, to a known other desk, one hand-off at a time', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'helsinki', { to: 'aalto', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'nowhere', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'opin', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 400 });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'aalto', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
  });

  it('refuses a transfer to a desk that does not answer in the ticket’s language, but allows a consult', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'hanken',
    });
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'hanken', mode: 'transfer' }, now(ctx)),
      ),
    ).toMatchObject({
      status: 422,
      code: 'language_not_served',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'hanken', mode: 'consult' }, now(ctx)),
    );
    expect(ticket.handoff?.state).toBe('pending');
  });

  it('refuses hand-offs on resolved tickets', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    expect(
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
  });

  it('lets only the receiving desk accept or decline, and only while pending', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx)),
    );
    expect(
      await refused(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'aalto', now(ctx))),
    ).toMatchObject({
      status: 403,
    });
    expect(
      await refused(ctx, ticket, (rules, t) =>
        declineHandoff(rules, t, 'opin', undefined, now(ctx)),
      ),
    ).toMatchObject({
      status: 403,
    });
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    expect(
      await refused(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx))),
    ).toMatchObject({
      status: 409,
    });
  });

  it('returns a declined hand-off to the sender with the reason and an alert', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, credits);
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'transfer' }, now(ctx)),
    );
    await act(ctx, ticket, (rules, t) =>
      declineHandoff(rules, t, 'helsinki', 'Ei meidän opiskelija.', now(ctx)),
    );
    expect(ticket.owner).toBe('opin');
    expect(ticket.handoff).toMatchObject({ state: 'returned' });
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'handoff_returned',
      desk: 'opin',
      reason: 'declined',
    });
    expect(ticket.internalNotes.map((note) => note.kind)).toEqual(['decline_reason', 'alert']);
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'aalto', mode: 'consult' }, now(ctx)),
    );
    expect(ticket.handoff?.to).toBe('aalto');
  });

  it('does not let an e-mail desk decline, and says the hand-off returns when the window ends', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'tampere', mode: 'transfer' }, now(ctx)),
    );
    const refusal = await refused(ctx, ticket, (rules, t) =>
      declineHandoff(rules, t, 'tampere', undefined, now(ctx)),
    );
    expect(refusal).toMatchObject({ status: 403 });
    expect(refusal.message).toMatch(/returns .* window ends/);
  });
});
