import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/domain/desk-messages.js';
import { requestHandoff } from '../src/domain/handoffs.js';
import { changeStatusByOwner, reopenByLearner } from '../src/domain/lifecycle.js';
import { runSweeps } from '../src/domain/sweeps.js';
import { addLearnerMessage } from '../src/domain/tickets.js';
import { fileTestTicket, now, testContext, thrown } from './support/domain.js';

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
    addDeskMessage(ctx, ticket, 'opin', reply, now(ctx));
    expect(ticket.status).toBe('in_progress');
    expect(ticket.version).toBe(2);
    expect(ticket.timeline.map((event) => event.type)).toEqual(['created', 'message']);
  });

  it('waits for the learner and comes back to in_progress when the learner writes', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    changeStatusByOwner(ctx, ticket, 'opin', 'waiting_for_learner', now(ctx));
    expect(ticket.status).toBe('waiting_for_learner');
    expect(ticket.timeline.at(-1)).toMatchObject({
      type: 'status_changed',
      status: 'waiting_for_learner',
      desk: 'opin',
    });
    addLearnerMessage(ctx, ticket, 'Tässä lisätiedot.');
    expect(ticket.status).toBe('in_progress');
  });

  it('refuses status changes the table does not allow with 409', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    for (const status of ['received', 'closed'] as const) {
      expect(
        thrown(() => changeStatusByOwner(ctx, ticket, 'opin', status, now(ctx))),
      ).toMatchObject({ status: 409, code: 'conflict' });
    }
    changeStatusByOwner(ctx, ticket, 'opin', 'in_progress', now(ctx));
    expect(
      thrown(() => changeStatusByOwner(ctx, ticket, 'opin', 'in_progress', now(ctx))),
    ).toMatchObject({ status: 409 });
    expect(ticket.version).toBe(2);
  });

  it('refuses to resolve while a hand-off is open', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    requestHandoff(ctx, ticket, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx));
    expect(
      thrown(() => changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx))),
    ).toMatchObject({ status: 409 });
    expect(ticket.status).toBe('received');
  });

  it('reopens a resolved ticket when the learner writes, and through the reopen endpoint', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    addLearnerMessage(ctx, ticket, 'Ei se toiminutkaan.');
    expect(ticket.status).toBe('in_progress');
    expect(ticket.timeline.map((event) => event.type)).toContain('reopened');

    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    reopenByLearner(ctx, ticket, now(ctx));
    expect(ticket.status).toBe('in_progress');
    expect(thrown(() => reopenByLearner(ctx, ticket, now(ctx)))).toMatchObject({ status: 409 });
  });

  it('closes a resolved ticket 14 days after resolving, on the server clock', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    ctx.clock.advance(14 * 24 * 60 - 1);
    runSweeps(ctx);
    expect(ticket.status).toBe('resolved');
    ctx.clock.advance(1);
    runSweeps(ctx);
    expect(ticket.status).toBe('closed');
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'status_changed', status: 'closed' });
  });

  it('takes no messages and no reopening once closed', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    ctx.clock.advance(15 * 24 * 60);
    runSweeps(ctx);
    const version = ticket.version;
    expect(thrown(() => addLearnerMessage(ctx, ticket, 'Hei?'))).toMatchObject({ status: 409 });
    expect(thrown(() => reopenByLearner(ctx, ticket, now(ctx)))).toMatchObject({ status: 409 });
    expect(thrown(() => addDeskMessage(ctx, ticket, 'opin', reply, now(ctx)))).toMatchObject({
      status: 409,
    });
    expect(ticket.version).toBe(version);
  });

  it('lets only the owner write to the learner, only in the ticket’s language', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    expect(thrown(() => addDeskMessage(ctx, ticket, 'helsinki', reply, now(ctx)))).toMatchObject({
      status: 403,
    });
    expect(
      thrown(() => addDeskMessage(ctx, ticket, 'opin', { ...reply, language: 'en' }, now(ctx))),
    ).toMatchObject({
      status: 422,
      code: 'language_mismatch',
    });
    expect(ticket.messages).toHaveLength(0);
  });

  it('e-mails the learner on creation, for each desk message and when resolved, in the ticket’s language', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, { language: 'sv' });
    addDeskMessage(
      ctx,
      ticket,
      'opin',
      { ...reply, language: 'sv', body: 'Prova igen.' },
      now(ctx),
    );
    changeStatusByOwner(ctx, ticket, 'opin', 'resolved', now(ctx));
    const subjects = ctx.store.outbox.map((email) => email.subject);
    expect(subjects).toEqual([
      `[${ticket.id}] Vi har tagit emot ditt ärende`,
      `[${ticket.id}] Nytt svar i ditt ärende`,
      `[${ticket.id}] Ditt ärende har lösts`,
    ]);
    expect(ctx.store.outbox[0]?.body).toContain(`https://opin.fi/sv/stod?ticket=${ticket.id}`);
    expect(ctx.store.outbox.every((email) => email.to === 'maija@example.fi')).toBe(true);
  });
});
