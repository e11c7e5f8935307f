import { describe, expect, it } from 'vitest';
import { handoffIsOpen, queueMarks, roleOf } from '../src/ticket-roles.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();

const texts = async (deskId: string, id: string) => {
  const ticket = await h.play(deskId).desk.getTicket(id);
  return queueMarks(ticket, deskId, h.desks).map((mark) => `${mark.tone}: ${mark.text}`);
};

describe('what a ticket means to the played desk', () => {
  it('shows the routing advice to the owner until a hand-off is opened', async () => {
    const id = await h.file({ institutionId: 'helsinki' });
    expect(await texts('opin', id)).toEqual([
      'info: Routing advice: consult University of Helsinki',
    ]);
    const ticket = await h.play('opin').desk.getTicket(id);
    expect(roleOf(ticket, 'opin')).toBe('owner');
    expect(handoffIsOpen(ticket)).toBe(false);
  });

  it('marks a pending hand-off as waiting for the receiving desk and for the sender', async () => {
    const id = await h.file({ institutionId: 'helsinki' });
    await h.play('opin').desk.requestHandoff(id, { to: 'helsinki', mode: 'consult' });
    expect(await texts('helsinki', id)).toEqual([
      'attention: Hand-off waiting for you (consult from Opin.fi support)',
    ]);
    expect(await texts('opin', id)).toEqual([
      'info: Waiting for University of Helsinki to accept (consult)',
    ]);
    const ticket = await h.play('helsinki').desk.getTicket(id);
    expect(roleOf(ticket, 'helsinki')).toBe('handoff_to_you');
    expect(handoffIsOpen(ticket)).toBe(true);
  });

  it('asks the assisting desk for its answer, then the owner for the reply', async () => {
    const id = await h.file({ institutionId: 'helsinki' });
    await h.play('opin').desk.requestHandoff(id, { to: 'helsinki', mode: 'consult' });
    const helsinki = h.play('helsinki').desk;
    await helsinki.acceptHandoff(id);
    expect(await texts('helsinki', id)).toEqual([
      'attention: Consult accepted: answer with an internal note',
    ]);
    expect(await texts('opin', id)).toEqual(['info: University of Helsinki is looking into it']);

    await helsinki.sendMessage(id, { body: 'Fixed.', language: 'en', visibility: 'internal' });
    expect(await texts('opin', id)).toEqual(['attention: Consult answered: reply to the learner']);
    expect(handoffIsOpen(await h.play('opin').desk.getTicket(id))).toBe(false);
  });

  it('tells the sender that an unanswered hand-off returned when the clock passes 4 hours', async () => {
    const id = await h.file({ institutionId: 'helsinki' });
    const opin = h.play('opin');
    await opin.desk.requestHandoff(id, { to: 'helsinki', mode: 'consult' });
    await opin.mock.advanceClock(240);
    expect(await texts('opin', id)).toContain('attention: Hand-off returned to you (expired)');
  });

  it('calls a former owner only involved after a transfer', async () => {
    const id = await h.file({ topicId: 'credits-and-grades', institutionId: 'helsinki' });
    await h.play('opin').desk.requestHandoff(id, { to: 'helsinki', mode: 'transfer' });
    await h.play('helsinki').desk.acceptHandoff(id);
    const ticket = await h.play('opin').desk.getTicket(id);
    expect(roleOf(ticket, 'opin')).toBe('involved');
    expect(roleOf(ticket, 'helsinki')).toBe('owner');
    expect(await texts('helsinki', id)).toEqual([]);
  });
});

describe('a returned hand-off', () => {
  it('stays marked for the sender, urgent only until the sender acts', async () => {
    const id = await h.file({ institutionId: 'helsinki' });
    const opin = h.play('opin').desk;
    await opin.requestHandoff(id, { to: 'helsinki', mode: 'consult' });
    await h.play('helsinki').desk.declineHandoff(id, { reason: 'Not ours' });
    expect(await texts('opin', id)).toContain('attention: Hand-off returned to you (declined)');
    await opin.setStatus(id, 'in_progress');
    expect(await texts('opin', id)).toContain('info: Hand-off returned to you (declined)');
  });
});
