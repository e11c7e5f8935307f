import { deskTicketSchema, ticketSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/desk-messages.js';
import { acceptHandoff, requestHandoff } from '../src/handoffs.js';
import { demoDirectory } from '../src/demo-config/index.js';
import { deskView, learnerView } from '../src/views.js';
import { act, fileTestTicket, now, testContext } from './support/rules.js';

async function consultedTicket() {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'enrolment-failed',
    institutionId: 'tampere',
  });
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(
      rules,
      t,
      'opin',
      { to: 'tampere', mode: 'consult', note: 'Sisäinen huomio' },
      now(ctx),
    ),
  );
  return { ctx, ticket };
}

describe('the ticket views', () => {
  it('gives the learner exactly the Ticket shape, without internal notes or secrets', async () => {
    const { ticket } = await consultedTicket();
    const view = learnerView(demoDirectory, ticket);
    expect(Object.keys(view).sort()).toEqual(Object.keys(ticketSchema.shape).sort());
    expect(ticketSchema.parse(view)).toEqual(view);
    expect(JSON.stringify(view)).not.toContain('Sisäinen huomio');
    expect(JSON.stringify(view)).not.toContain(ticket.tokenHash);
  });

  it('gives a desk the internal notes and the routing advice', async () => {
    const { ticket } = await consultedTicket();
    const view = deskView(demoDirectory, ticket);
    expect(deskTicketSchema.parse(view)).toEqual(view);
    expect(view.internalNotes).toMatchObject([{ kind: 'handoff_note', body: 'Sisäinen huomio' }]);
    expect(view.plannedHandoff).toEqual({ to: 'tampere', mode: 'consult' });
  });

  it('lists every desk involved with when information from it last arrived', async () => {
    const { ctx, ticket } = await consultedTicket();
    expect(learnerView(demoDirectory, ticket).desks).toEqual([
      { id: 'opin', integration: 'realtime', lastSyncAt: ticket.handoff?.requestedAt },
      { id: 'tampere', integration: 'email', lastSyncAt: null },
    ]);
    ctx.clock.advance(5);
    const acceptedAt = now(ctx);
    await act(ctx, ticket, (rules, t) => acceptHandoff(rules, t, 'tampere', acceptedAt));
    expect(learnerView(demoDirectory, ticket).desks[1]?.lastSyncAt).toBe(acceptedAt);
  });

  it('counts the creation as received by the origin desk', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, { origin: 'helsinki', topicId: 'sign-in' });
    expect(learnerView(demoDirectory, ticket).desks).toEqual([
      { id: 'helsinki', integration: 'realtime', lastSyncAt: ticket.createdAt },
    ]);
  });

  it('omits absent optional fields instead of sending undefined or null', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, { contact: { email: 'anon@example.fi' } });
    await act(ctx, ticket, (rules, t) =>
      addDeskMessage(
        rules,
        t,
        'opin',
        { body: 'Hei!', language: 'fi', visibility: 'learner' },
        now(ctx),
      ),
    );
    const json = JSON.parse(JSON.stringify(learnerView(demoDirectory, ticket))) as Record<
      string,
      unknown
    >;
    expect(json.contact).toEqual({ email: 'anon@example.fi' });
    expect(json.handoff).toBeNull();
    const created = (json.timeline as Record<string, unknown>[])[0];
    expect(Object.keys(created ?? {}).sort()).toEqual(['at', 'desk', 'id', 'type']);
  });
});
