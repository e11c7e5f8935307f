import { describe, expect, it } from 'vitest';
import { threadEntries } from '../src/thread-entries.js';
import { timelineText } from '../src/timeline-text.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();

describe('the conversation and the timeline of a consult', () => {
  it('merges replies and internal notes in time order and tells them apart', async () => {
    const id = await h.file({ institutionId: 'helsinki', language: 'fi' });
    const opin = h.play('opin').desk;
    const helsinki = h.play('helsinki').desk;
    await opin.requestHandoff(id, { to: 'helsinki', mode: 'consult', note: 'Please check.' });
    await opin.sendMessage(id, { body: 'Selvitämme.', language: 'fi', visibility: 'learner' });
    await helsinki.acceptHandoff(id);
    await helsinki.sendMessage(id, {
      body: 'Course full.',
      language: 'en',
      visibility: 'internal',
    });
    const ticket = await opin.getTicket(id);

    expect(threadEntries(ticket, h.desks).map((e) => [e.kind, e.heading, e.body])).toEqual([
      ['internal', 'Hand-off note · Opin.fi support', 'Please check.'],
      ['reply', 'Opin.fi support → learner', 'Selvitämme.'],
      ['internal', 'Consult answer · University of Helsinki', 'Course full.'],
    ]);
    expect(ticket.timeline.map((event) => timelineText(event, h.desks))).toEqual([
      'Received by Opin.fi support.',
      'Opin.fi support asked University of Helsinki to consult.',
      'Opin.fi support wrote to the learner.',
      'University of Helsinki accepted the hand-off.',
      'University of Helsinki answered the consult (internal).',
    ]);
  });
});
