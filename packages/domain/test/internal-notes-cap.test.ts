/**
 * Issue 16, finding 10: a ticket's internal notes (notes, hand-off notes, decline reasons, consult
 * answers) are capped like its messages, at `maxMessagesPerTicket`. A desk action that would add one
 * more is refused with 409 before it changes anything, over HTTP and through the e-mail bridge.
 */
import { describe, expect, it } from 'vitest';
import type { TestEnv } from './support/rules.js';
import { addDeskMessage } from '../src/desk-messages.js';
import { declineHandoff, requestHandoff } from '../src/handoffs.js';
import type { StoredTicket } from '../src/model.js';
import { addLearnerMessage } from '../src/tickets.js';
import {
  act,
  fileTestTicket,
  now,
  refused,
  rejected,
  replySubject,
  testContext,
  receiveDeskEmail,
} from './support/rules.js';

const note = (ctx: TestEnv, ticket: StoredTicket, desk: string, body: string) =>
  act(ctx, ticket, (rules, t) =>
    addDeskMessage(rules, t, desk, { body, language: 'fi', visibility: 'internal' }, now(ctx)),
  );

/** A copy of what the ticket holds, to prove that a refusal changed nothing. */
const snapshot = (ticket: StoredTicket) => JSON.stringify(ticket);

/** A Helsinki ticket under `max`, with a note by opin and a consult to Helsinki with its note. */
async function consultWithTwoNotes(max: number) {
  const ctx = testContext({ maxMessagesPerTicket: max });
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: 'helsinki',
  });
  await note(ctx, ticket, 'opin', 'Yksi');
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult', note: 'Kaksi' }, now(ctx)),
  );
  return { ctx, ticket };
}

/** Tampere's e-mail reply to the newest e-mail it got about the ticket. */
const replyFromTampere = (ctx: TestEnv, ticket: StoredTicket, body: string) =>
  receiveDeskEmail(ctx, 'tampere', {
    from: 'helpdesk@tuni.fi',
    subject: replySubject(ctx, ticket.id, 'helpdesk@tuni.fi'),
    body,
  });

describe('internal notes on one ticket', () => {
  it('stop at maxMessagesPerTicket: one more note or hand-off is 409 and changes nothing', async () => {
    const { ctx, ticket } = await consultWithTwoNotes(3);
    // Declined without a reason: the returned hand-off leaves its own note, the third.
    await act(ctx, ticket, (rules, t) => declineHandoff(rules, t, 'helsinki', undefined, now(ctx)));
    expect(ticket.internalNotes).toHaveLength(3);
    const before = snapshot(ticket);

    const refusals = [
      await rejected(() => note(ctx, ticket, 'opin', 'Neljä')),
      await refused(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: 'aalto', mode: 'consult' }, now(ctx)),
      ),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ status: 409, code: 'conflict' });
      expect(refusal.message).toMatch(/3 internal notes/);
    }
    expect(snapshot(ticket)).toBe(before);
    // A reply to the learner is a message, not a note: it still has room.
    await act(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        'opin',
        { body: 'Hei!', language: 'fi', visibility: 'learner' },
        now(ctx),
      ),
    );
    expect(ticket.messages).toHaveLength(1);
  });

  it('refuse a decline reason over the cap, while a decline without one still returns the hand-off', async () => {
    const { ctx, ticket } = await consultWithTwoNotes(2);
    const before = snapshot(ticket);
    expect(
      await refused(ctx, ticket, (rules, t) =>
        declineHandoff(rules, t, 'helsinki', 'Ei meille', now(ctx)),
      ),
    ).toMatchObject({ status: 409 });
    expect(snapshot(ticket)).toBe(before);
    await act(ctx, ticket, (rules, t) => declineHandoff(rules, t, 'helsinki', undefined, now(ctx)));
    expect(ticket.handoff?.state).toBe('returned');
    // The returned hand-off's own note is the one that may go over.
    expect(ticket.internalNotes).toHaveLength(3);
  });

  it('refuse an e-mail desk’s consult answer over the cap before it accepts the consult', async () => {
    const ctx = testContext({ maxMessagesPerTicket: 1 });
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'tampere', mode: 'consult', note: 'Yksi' }, now(ctx)),
    );
    const before = snapshot(ticket);
    const refusal = await rejected(() =>
      replyFromTampere(ctx, ticket, 'Opiskelijalla on suoritus rekisterissä.'),
    );
    expect(refusal).toMatchObject({ status: 409, code: 'conflict' });
    expect(refusal.message).toMatch(/NOT added/);
    expect(snapshot(ticket)).toBe(before);
    expect(ticket.handoff?.state).toBe('pending');
  });

  it('leave a transfer pending when the e-mail desk’s answer to the learner finds the ticket full', async () => {
    const ctx = testContext({ maxMessagesPerTicket: 1 });
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) => addLearnerMessage(rules, t, 'Onko tästä uutta?'));
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'tampere', mode: 'transfer' }, now(ctx)),
    );
    const before = snapshot(ticket);
    const refusal = await rejected(() =>
      replyFromTampere(ctx, ticket, 'Arvosana on nyt rekisterissä.'),
    );
    expect(refusal).toMatchObject({ status: 409, code: 'conflict' });
    expect(snapshot(ticket)).toBe(before);
    expect(ticket).toMatchObject({ owner: 'opin', handoff: { state: 'pending' } });
  });
});
