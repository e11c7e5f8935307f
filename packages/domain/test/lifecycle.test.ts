import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/desk-messages.js';
import { requestHandoff } from '../src/handoffs.js';
import { changeStatusByOwner, reopenByLearner } from '../src/lifecycle.js';
import { runClock } from '../src/clock-rules.js';
import { addLearnerMessage } from '../src/tickets.js';
import { act, fileTestTicket, now, outboxOf, refused, testContext } from './support/rules.js';

const reply = {
  body: 'Kokeile uudelleen.',
  language: 'fi' as const,
  visibility: 'learner' as const,
};

describe('the ticket lifecycle', () => {
  it('starts received, version 1, owned by the origin', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    expect(ticket.id).toMatch(/^OPIN-\d{12}$/);
    expect(ticket).toMatchObject({
      version: 1,
      status: 'received',
      owner: 'opin',
    });
    expect(ticket.timeline).toMatchObject([{ type: 'created', desk: 'opin' }]);
  });

  it('moves to in_progress with the owner’s first message', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) => addDeskMessage(rules, t, 'opin', reply, now(ctx)));
    expect(ticket.status).toBe('in_progress');
    expect(ticket.version).toBe(2);
    expect(ticket.timeline.map((event) => event.type)).toEqual(['created', 'message']);
  });

  it('waits for the learner and comes back to in_progress when the learner writes', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'waiting_for_learner', now(ctx)),
    );
    expect(ticket.status).toBe('waiting_for_learner');
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'status_changed',
      status: 'waiting_for_learner',
      desk: 'opin',
    });
    await act(ctx, ticket, (rules, t) => addLearnerMessage(rules, t, 'Tässä lisätiedot.'));
    expect(ticket.status).toBe('in_progress');
  });

  it('refuses status changes the table does not allow with 409', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    for (const status of ['received', 'closed'] as const) {
      expect(
        await refused(ctx, ticket, (rules, t) =>
          changeStatusByOwner(rules, t, 'opin', status, now(ctx)),
        ),
      ).toMatchObject({ status: 409, code: 'conflict' });
    }
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'in_progress', now(ctx)),
    );
    expect(
      await refused(ctx, ticket, (rules, t) =>
        changeStatusByOwner(rules, t, 'opin', 'in_progress', now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
    expect(ticket.version).toBe(2);
  });

  it('refuses to resolve while a hand-off is open', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    expect(
      await refused(ctx, ticket, (rules, t) =>
        changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
    expect(ticket.status).toBe('received');
  });

  it('reopens a resolved ticket when the learner writes, and through the reopen endpoint', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    await act(ctx, ticket, (rules, t) => addLearnerMessage(rules, t, 'Ei se toiminutkaan.'));
    expect(ticket.status).toBe('in_progress');
    expect(ticket.timeline.map((event) => event.type)).toContain('reopened');

    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    await act(ctx, ticket, (rules, t) => reopenByLearner(rules, t, now(ctx)));
    expect(ticket.status).toBe('in_progress');
    expect(
      await refused(ctx, ticket, (rules, t) => reopenByLearner(rules, t, now(ctx))),
    ).toMatchObject({ status: 409 });
  });

  it('closes a resolved ticket 14 days after resolving, on the server clock', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    ctx.clock.advance(14 * 24 * 60 - 1);
    await runClock(ctx);
    expect(ticket.status).toBe('resolved');
    ctx.clock.advance(1);
    await runClock(ctx);
    expect(ticket.status).toBe('closed');
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'status_changed', status: 'closed' });
  });

  it('takes no messages and no reopening once closed', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    ctx.clock.advance(15 * 24 * 60);
    await runClock(ctx);
    const version = ticket.version;
    expect(
      await refused(ctx, ticket, (rules, t) => addLearnerMessage(rules, t, 'Hei?')),
    ).toMatchObject({ status: 409 });
    expect(
      await refused(ctx, ticket, (rules, t) => reopenByLearner(rules, t, now(ctx))),
    ).toMatchObject({ status: 409 });
    expect(
      await refused(ctx, ticket, (rules, t) => addDeskMessage(rules, t, 'opin', reply, now(ctx))),
    ).toMatchObject({
      status: 409,
    });
    expect(ticket.version).toBe(version);
  });

  it('lets only the owner write to the learner, only in the ticket’s language', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    expect(
      await refused(ctx, ticket, (rules, t) =>
        addDeskMessage(rules, t, 'helsinki', reply, now(ctx)),
      ),
    ).toMatchObject({
      status: 403,
    });
    expect(
      await refused(ctx, ticket, (rules, t) =>
        addDeskMessage(rules, t, 'opin', { ...reply, language: 'en' }, now(ctx)),
      ),
    ).toMatchObject({
      status: 422,
      code: 'language_mismatch',
    });
    expect(ticket.messages).toHaveLength(0);
  });

  it('e-mails the learner on creation, for each desk message and when resolved, in the ticket’s language', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, { language: 'sv' });
    await act(ctx, ticket, (rules, t) =>
      addDeskMessage(rules, t, 'opin', { ...reply, language: 'sv', body: 'Prova igen.' }, now(ctx)),
    );
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    const subjects = outboxOf(ctx).map((email) => email.subject);
    expect(subjects).toEqual([
      `[${ticket.id}] Vi har tagit emot ditt ärende`,
      `[${ticket.id}] Nytt svar i ditt ärende`,
      `[${ticket.id}] Ditt ärende har lösts`,
    ]);
    expect(outboxOf(ctx)[0]?.body).toContain(`https://opin.fi/sv/stod?ticket=${ticket.id}`);
    expect(outboxOf(ctx).every((email) => email.to === 'maija@example.fi')).toBe(true);
  });
});
