import { describe, expect, it } from 'vitest';
import { loadDeskSnapshot } from '../src/desk-snapshot.js';
import { replySubject } from '../src/email-subject.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();

describe('playing an e-mail desk', () => {
  it('sees only the e-mails to its address, and answers a consult by e-mail', async () => {
    const id = await h.file({ institutionId: 'tampere' });
    await h
      .play('opin')
      .desk.requestHandoff(id, { to: 'tampere', mode: 'consult', note: 'Check?' });
    const tampere = h.play('tampere');
    const before = await loadDeskSnapshot(tampere, id);
    expect(before.inbox.length).toBeGreaterThan(0);
    expect(before.inbox.every((email) => email.to === 'helpdesk@tuni.fi')).toBe(true);
    expect(before.queue.map((t) => t.id)).toEqual([id]);

    if (!before.ticket) throw new Error(`${id} is not visible to tampere`);
    const subject = replySubject(before.ticket, before.inbox);
    expect(subject).toMatch(new RegExp(`^Re: .*\\[${id} #[0-9a-z]{16}\\]`));
    await tampere.desk.receiveEmail({ from: 'helpdesk@tuni.fi', subject, body: 'Fixed it.' });

    const ticket = await h.play('opin').desk.getTicket(id);
    expect(ticket.internalNotes.map((n) => [n.kind, n.body])).toContainEqual([
      'consult_answer',
      'Fixed it.',
    ]);
  });

  it('builds a reply subject with the reference when no e-mail was sent about the ticket', async () => {
    const id = await h.file({ institutionId: 'tampere' });
    const ticket = await h.play('opin').desk.getTicket(id);
    expect(replySubject(ticket, [])).toBe(`Re: [${id}] Ilmoittautuminen ei onnistu`);
  });

  it('reports a ticket the played desk may not see instead of failing the refresh', async () => {
    const id = await h.file({ institutionId: 'tampere' });
    const snapshot = await loadDeskSnapshot(h.play('hanken'), id);
    expect(snapshot).toMatchObject({ ticket: undefined, hidden: 'forbidden', inbox: [] });
  });
});
