/// <reference types="mocha" />
/**
 * The ticket view's status stays honest through a hand-off (issue 17): under the status, the latest
 * hand-off in plain words — asked, helping, answered — until a desk writes to the learner; and the
 * note that an e-mail desk's work shows only when it replies covers only desks still involved.
 */
import { assert } from '@open-wc/testing';
import { deskActions, fileTicket, resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { deepQuery, deepQueryAll } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

const text = (element: Element | null | undefined) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('the hand-off under the ticket’s status', () => {
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => unmountAll());

  it('follows a consult with an e-mail desk: asked, helping, answered, then the reply', async () => {
    const { ticket, accessToken } = await fileTicket({
      language: 'en',
      topicId: 'enrolment-failed',
      institutionId: 'tampere',
      subject: 'Enrolment fails',
    });
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    const now = () => text(deepQuery(panel, 'opin-support-ticket-step >> .handoff-now'));
    const freshness = () =>
      deepQueryAll(panel, 'opin-support-ticket-step >> .notice').map(text).join(' | ');
    await waitUntil(() => deepQuery(panel, 'opin-support-ticket-step >> .facts') !== null);
    assert.strictEqual(now(), '', 'a hand-off is shown before any');

    await deskActions.handOff('opin', ticket.id, { to: 'tampere', mode: 'consult' });
    await waitUntil(() => now() === 'Opin.fi support asked Tampere University to help');
    assert.include(freshness(), 'Tampere University receives tickets by e-mail');

    await deskActions.accept('tampere', ticket.id);
    await waitUntil(() => now() === 'Tampere University is helping Opin.fi support');

    await deskActions.note('tampere', ticket.id, 'Internal: the course was full.');
    await waitUntil(
      () => now() === 'Tampere University has answered Opin.fi support, who will reply to you',
    );
    // Tampere University is no longer involved: no note about waiting for its e-mail.
    assert.notInclude(freshness(), 'Tampere University');

    await deskActions.reply('opin', ticket.id, 'You are on the waiting list.');
    await waitUntil(() => now() === '', 'the hand-off still shows after the desk replied');
  });
});
