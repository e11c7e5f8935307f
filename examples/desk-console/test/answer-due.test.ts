import { describe, expect, it } from 'vitest';
import { answerDue } from '../src/answer-due.js';
import { formatTime } from '../src/local-time.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();

describe('when the answer is due, by the console’s clock', () => {
  it('shows the plan’s due time, and says the answer is late once it has passed', async () => {
    const id = await h.file({ topicId: 'sign-in' });
    const ticket = await h.play('opin').desk.getTicket(id);
    const due = Date.parse(ticket.plan.expectedBy);
    const time = formatTime(ticket.plan.expectedBy);
    expect(answerDue(ticket, due - 60_000)).toEqual({ time, late: false });
    expect(answerDue(ticket, due)).toEqual({ time, late: true });
  });

  it('is not late once the answering desk has written to the learner, or the ticket is resolved', async () => {
    const id = await h.file({ topicId: 'sign-in' });
    const opin = h.play('opin').desk;
    const later = Date.parse((await opin.getTicket(id)).plan.expectedBy) + 60_000;
    const answered = await opin.sendMessage(id, {
      body: 'Kokeile toista selainta.',
      language: 'fi',
      visibility: 'learner',
    });
    expect(answerDue(answered, later).late).toBe(false);

    const other = await h.file({ topicId: 'sign-in' });
    const resolved = await opin.setStatus(other, 'resolved');
    expect(answerDue(resolved, later).late).toBe(false);
  });

  it('waits for the planned desk: the owner writing first does not answer for it', async () => {
    const id = await h.file({ topicId: 'credits-and-grades', institutionId: 'helsinki' });
    const opin = h.play('opin').desk;
    const ticket = await opin.sendMessage(id, {
      body: 'Välitämme kysymyksesi Helsingin yliopistolle.',
      language: 'fi',
      visibility: 'learner',
    });
    expect(ticket.plan.answeringDesk).toBe('helsinki');
    expect(answerDue(ticket, Date.parse(ticket.plan.expectedBy)).late).toBe(true);
  });
});
