/// <reference types="mocha" />
/**
 * The who-answers card's words (`text/plan.ts`, `text/finnish-time.ts`, `ui/plan-card.ts`): one
 * sentence for who answers, the due time in Finnish time as the learner e-mails write it, and an
 * honest "late" once that time has passed without an answer.
 */
import { assert } from '@open-wc/testing';
import type { Message, Ticket } from '@opin/support-sdk';
import { inFinnishTime } from '../../src/panel/text/finnish-time.js';
import { whoAnswers } from '../../src/panel/text/plan.js';
import { planPhase } from '../../src/panel/ui/plan-card.js';

describe('the due time in Finnish time', () => {
  // 13:00 UTC is 15:00 in Finland in winter (UTC+2), 16:00 in summer (UTC+3).
  const winter = '2026-12-09T13:00:00.000Z';
  const summer = '2026-06-10T06:00:00.000Z';

  it('reads as the Finnish e-mail: weekday in the essive, day.month.year, "klo", hour unpadded', () => {
    assert.strictEqual(inFinnishTime(winter, 'fi'), 'keskiviikkona 9.12.2026 klo 15.00');
    assert.strictEqual(inFinnishTime(summer, 'fi'), 'keskiviikkona 10.6.2026 klo 9.00');
  });

  it('reads as the Swedish e-mail', () => {
    assert.strictEqual(inFinnishTime(winter, 'sv'), 'onsdag 9.12.2026 kl. 15.00');
  });

  it('reads as the English e-mail, with a 24-hour clock', () => {
    assert.strictEqual(inFinnishTime(winter, 'en'), 'Wednesday 9 December 2026 at 15:00');
    assert.strictEqual(inFinnishTime(summer, 'en'), 'Wednesday 10 June 2026 at 09:00');
  });
});

describe('who answers', () => {
  const plan = { language: 'sv' as const, expectedBy: '2026-12-09T13:00:00.000Z' };

  it('is one sentence naming the desk that answers when it also has the ticket', () => {
    assert.strictEqual(
      whoAnswers({ ...plan, holder: 'Hanken', answering: 'Hanken' }),
      'Hanken will answer you in Swedish.',
    );
  });

  it('names the desk passing the ticket on, without contradicting who answers', () => {
    assert.strictEqual(
      whoAnswers({ ...plan, holder: 'Opin.fi support', answering: 'Hanken' }),
      'Opin.fi support passes your ticket on, and Hanken will answer you in Swedish.',
    );
  });
});

describe('where the promise stands', () => {
  const due = Date.parse('2026-12-09T13:00:00.000Z');
  const reply = (desk: string): Message => ({
    id: 'm1',
    at: '2026-12-08T10:00:00.000Z',
    author: { kind: 'desk', desk },
    body: 'Hej',
    language: 'sv',
  });
  const ticket = (changes: Partial<Ticket> = {}): Ticket =>
    ({
      status: 'in_progress',
      plan: { answeringDesk: 'hanken', expectedBy: '2026-12-09T13:00:00.000Z' },
      messages: [],
      ...changes,
    }) as Ticket;

  it('is due until the time passes, then late', () => {
    assert.strictEqual(planPhase(ticket(), due - 1), 'due');
    assert.strictEqual(planPhase(ticket(), due + 1), 'late');
  });

  it('is kept once the answering desk has written, not when another desk has', () => {
    assert.strictEqual(planPhase(ticket({ messages: [reply('opin')] }), due + 1), 'late');
    assert.strictEqual(planPhase(ticket({ messages: [reply('hanken')] }), due + 1), 'kept');
  });

  it('is kept when the ticket is resolved or closed', () => {
    assert.strictEqual(planPhase(ticket({ status: 'resolved' }), due + 1), 'kept');
    assert.strictEqual(planPhase(ticket({ status: 'closed' }), due + 1), 'kept');
  });
});
