/**
 * `deskEventsOf` per timeline type (docs/design/realtime.md, "Desk events"): which desks each change
 * tells, and what, including the one exception to the access rules (the target of a returned
 * hand-off is told it ended) and status moves the rules imply without a status entry.
 */
import { describe, expect, it } from 'vitest';
import { runClock } from '../src/clock-rules.js';
import { mayRead } from '../src/desk-access.js';
import { deskEventsOf, type DeskEventDraft } from '../src/desk-events.js';
import { addDeskMessage } from '../src/desk-messages.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../src/handoffs.js';
import { changeStatusByOwner } from '../src/lifecycle.js';
import type { StoredTicket } from '../src/model.js';
import { marksOf } from '../src/repository/ticket-change.js';
import { addLearnerMessage } from '../src/tickets.js';
import type { Rule } from '../src/change-ticket.js';
import { act, fileTestTicket, now, testContext, type TestEnv } from './support/rules.js';

const consultable = { topicId: 'enrolment-failed', institutionId: 'helsinki' };

/** Runs `rule` in one change and answers the desk events of what it saved. */
async function eventsOf(
  ctx: TestEnv,
  ticket: StoredTicket,
  rule: Rule<unknown>,
): Promise<DeskEventDraft[]> {
  const loaded = marksOf(ticket);
  await act(ctx, ticket, rule);
  return deskEventsOf(ticket, loaded);
}

/** Each event as `[type, desk]`, in order. */
const told = (events: readonly DeskEventDraft[]) => events.map((event) => [event.type, event.desk]);

/** A ticket filed at `opin` with an open hand-off of `mode` to `helsinki`. */
async function handedOff(ctx: TestEnv, mode: 'consult' | 'transfer'): Promise<StoredTicket> {
  const ticket = await fileTestTicket(ctx, consultable);
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(rules, t, 'opin', { to: 'helsinki', mode }, now(ctx)),
  );
  return ticket;
}

describe('deskEventsOf', () => {
  it('tells the origin that a ticket was received, with the state and nothing of its text', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    const events = deskEventsOf(ticket);
    expect(events).toEqual([
      {
        type: 'ticket.received',
        at: ticket.createdAt,
        desk: 'opin',
        ticketId: ticket.id,
        version: 1,
        data: {
          status: 'received',
          owner: 'opin',
          assisting: null,
          handoff: null,
          timelineEventId: ticket.timeline[0]?.id,
        },
      },
    ]);
    const text = JSON.stringify(events);
    for (const secret of [ticket.subject, ticket.description, ticket.contact.email]) {
      expect(text).not.toContain(secret);
    }
  });

  it('tells the target and the sender of a hand-off offered', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, consultable);
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    expect(told(events)).toEqual([
      ['handoff.offered', 'helsinki'],
      ['handoff.offered', 'opin'],
    ]);
    expect(events[0]).toMatchObject({
      version: 2,
      data: {
        handoff: { from: 'opin', to: 'helsinki', mode: 'consult', state: 'pending' },
        timelineEventId: ticket.timeline.at(-1)?.id,
      },
    });
  });

  it('tells both desks of a consult accepted, and no status move when there is none', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      acceptHandoff(rules, t, 'helsinki', now(ctx)),
    );
    expect(told(events)).toEqual([
      ['handoff.accepted', 'helsinki'],
      ['handoff.accepted', 'opin'],
    ]);
    expect(events[0]?.data).toMatchObject({ owner: 'opin', assisting: 'helsinki' });
  });

  it('adds the status a transfer’s acceptance implies, for the new owner only', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'transfer');
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      acceptHandoff(rules, t, 'helsinki', now(ctx)),
    );
    expect(told(events)).toEqual([
      ['handoff.accepted', 'helsinki'],
      ['handoff.accepted', 'opin'],
      ['status.changed', 'helsinki'],
    ]);
    expect(events.at(-1)?.data).toMatchObject({ status: 'in_progress', owner: 'helsinki' });
  });

  it('tells the target of its own decline, although it no longer reads the ticket', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      declineHandoff(rules, t, 'helsinki', 'Ei meille.', now(ctx)),
    );
    expect(mayRead(ticket, 'helsinki')).toBe(false);
    expect(told(events)).toEqual([
      ['handoff.declined', 'opin'],
      ['handoff.declined', 'helsinki'],
    ]);
    expect(JSON.stringify(events)).not.toContain('Ei meille.');
  });

  it('tells the sender and the target when a hand-off expires', async () => {
    const ctx = testContext({ ackWindowMinutes: 60 });
    const ticket = await handedOff(ctx, 'transfer');
    const loaded = marksOf(ticket);
    ctx.clock.advance(60);
    await runClock(ctx);
    expect(ticket.handoff?.state).toBe('returned');
    expect(mayRead(ticket, 'helsinki')).toBe(false);
    expect(told(deskEventsOf(ticket, loaded))).toEqual([
      ['handoff.expired', 'opin'],
      ['handoff.expired', 'helsinki'],
    ]);
  });

  it('tells a target that took part before as any involved desk, once', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    await act(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        'helsinki',
        { body: 'Korjattu.', language: 'fi', visibility: 'internal' },
        now(ctx),
      ),
    );
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'helsinki', mode: 'consult' }, now(ctx)),
    );
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      declineHandoff(rules, t, 'helsinki', undefined, now(ctx)),
    );
    expect(mayRead(ticket, 'helsinki')).toBe(true);
    expect(told(events)).toEqual([
      ['handoff.declined', 'opin'],
      ['handoff.declined', 'helsinki'],
    ]);
  });

  it('tells the owner, not the desk that answered, that a consult was answered', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        'helsinki',
        { body: 'Korjattu meillä.', language: 'fi', visibility: 'internal' },
        now(ctx),
      ),
    );
    expect(told(events)).toEqual([['consult.answered', 'opin']]);
    expect(events[0]?.data).toMatchObject({ assisting: null });
    expect(JSON.stringify(events)).not.toContain('Korjattu meillä.');
  });

  it('tells the owner and the assisting desk that the learner wrote, with the message’s id', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'helsinki', now(ctx)));
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'in_progress', now(ctx)),
    );
    const events = await eventsOf(ctx, ticket, (rules, t) =>
      addLearnerMessage(rules, t, 'Onko uutta?'),
    );
    const messageId = ticket.messages.at(-1)?.id;
    expect(messageId).toBeDefined();
    expect(told(events)).toEqual([
      ['message.learner', 'opin'],
      ['message.learner', 'helsinki'],
    ]);
    expect(events.map((event) => event.data.messageId)).toEqual([messageId, messageId]);
    expect(JSON.stringify(events)).not.toContain('Onko uutta?');
  });

  it('tells the owner of each status change, resolution and reopening', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    const moved = await eventsOf(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'waiting_for_learner', now(ctx)),
    );
    expect(told(moved)).toEqual([['status.changed', 'opin']]);
    expect(moved[0]?.data.status).toBe('waiting_for_learner');
    expect(moved[0]?.data.messageId).toBeUndefined();

    // The learner's answer moves the status back without a status entry of its own.
    const answered = await eventsOf(ctx, ticket, (rules, t) =>
      addLearnerMessage(rules, t, 'Tässä.'),
    );
    expect(told(answered)).toEqual([
      ['message.learner', 'opin'],
      ['status.changed', 'opin'],
    ]);
    expect(answered[1]?.data).toMatchObject({
      status: 'in_progress',
      timelineEventId: ticket.timeline.at(-1)?.id,
    });

    const resolved = await eventsOf(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    expect(told(resolved)).toEqual([['status.changed', 'opin']]);
    expect(resolved[0]?.data.status).toBe('resolved');

    // A message to a resolved ticket reopens it: the reopening is the status change, told once.
    const reopened = await eventsOf(ctx, ticket, (rules, t) =>
      addLearnerMessage(rules, t, 'Ei toiminutkaan.'),
    );
    expect(told(reopened)).toEqual([
      ['status.changed', 'opin'],
      ['message.learner', 'opin'],
    ]);
  });

  it('tells the owner that a resolved ticket closed by itself', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    const loaded = marksOf(ticket);
    ctx.clock.advance(15 * 24 * 60);
    await runClock(ctx);
    expect(ticket.status).toBe('closed');
    expect(told(deskEventsOf(ticket, loaded))).toEqual([['status.changed', 'opin']]);
  });

  it('tells no one of a desk’s own message or note, but tells the status it implies', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    const reply = (body: string) => (rules: Parameters<Rule<void>>[0], t: StoredTicket) =>
      addDeskMessage(rules, t, 'opin', { body, language: 'fi', visibility: 'learner' }, now(ctx));
    // The first reply starts work: received → in_progress.
    expect(told(await eventsOf(ctx, ticket, reply('Hei!')))).toEqual([['status.changed', 'opin']]);
    expect(await eventsOf(ctx, ticket, reply('Vielä yksi asia.'))).toEqual([]);
    expect(
      await eventsOf(ctx, ticket, (rules, t) =>
        addDeskMessage(
          rules,
          t,
          'opin',
          { body: 'Muistiinpano.', language: 'fi', visibility: 'internal' },
          now(ctx),
        ),
      ),
    ).toEqual([]);
  });

  it('is what the in-memory repository writes to its log, numbered per desk', async () => {
    const ctx = testContext();
    const ticket = await handedOff(ctx, 'consult');
    const helsinki = await ctx.tickets.deskEvents.since('helsinki', 0, 10);
    expect(helsinki.map((event) => [event.id, event.seq, event.type])).toEqual([
      ['helsinki:1', 1, 'handoff.offered'],
    ]);
    const opin = await ctx.tickets.deskEvents.since('opin', 0, 10);
    expect(opin.map((event) => [event.id, event.type, event.ticketId])).toEqual([
      ['opin:1', 'ticket.received', ticket.id],
      ['opin:2', 'handoff.offered', ticket.id],
    ]);
  });
});
