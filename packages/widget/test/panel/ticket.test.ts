/// <reference types="mocha" />
/**
 * The ticket step: replying, reopening, the freshness note of e-mail desks, a hand-off that
 * expires, a stream that stops when the panel goes away, and the subject isolated with `<bdi>`.
 */
import { assert } from '@open-wc/testing';
import { createMockControl } from '@opin/support-mock-server/control';
import { waitUntil } from '../support/wait.js';
import {
  advanceClock,
  apiBase,
  deskActions,
  deskClient,
  fileTicket,
  resetMock,
} from '../support/mock-api.js';
import { click, fill } from './support/actions.js';
import { deepQuery, deepQueryAll, waitForElement, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { ticketTransferredByEmail } from './support/scenarios.js';

async function openTicket(locale: 'fi' | 'sv' | 'en', id: string, accessToken: string) {
  const mounted = await mountPanel({ locale });
  mounted.panel.navigate({ name: 'ticket', id, accessToken });
  await waitForText(mounted.panel, id);
  return mounted;
}

describe('the ticket step', () => {
  beforeEach(() => resetMock());
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('sends the learner’s reply and shows it as their bubble', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const { panel } = await openTicket('en', ticket.id, accessToken);
    await fill(panel, 'reply', 'More details: it happens in Firefox.');
    await click(panel, 'Send reply');
    await waitForText(panel, 'More details: it happens in Firefox.');
    const mine = deepQueryAll(panel, '.thread li.learner');
    assert.strictEqual(mine.length, 2, 'the description and the reply are the learner’s bubbles');
    assert.strictEqual(mine[1]?.querySelector('strong')?.textContent, 'You');
    const newest = deepQueryAll(panel, '.thread > li').at(-1);
    assert.include(newest?.textContent, 'More details: it happens in Firefox.');
  });

  it('opens the thread with what the learner wrote, in the ticket’s language and with its line breaks', async () => {
    const description = 'Jag kan inte logga in.\n\nFelet kommer efter Suomi.fi-identifieringen.';
    const { ticket, accessToken } = await fileTicket({ language: 'sv', description });
    const { panel } = await openTicket('sv', ticket.id, accessToken);
    const shown = await waitForElement(panel, '.thread > li:first-child .body');
    assert.strictEqual(shown.textContent, description);
    assert.strictEqual(shown.getAttribute('lang'), 'sv');
    assert.strictEqual(shown.closest('li')?.querySelector('.meta strong')?.textContent, 'Du');
    assert.strictEqual(getComputedStyle(shown).whiteSpace, 'pre-wrap');
  });

  it('offers to reopen a resolved ticket', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    await deskActions.setStatus('opin', ticket.id, 'resolved');
    const { panel } = await openTicket('en', ticket.id, accessToken);
    await waitForText(panel, 'This ticket is resolved.');
    await click(panel, 'Reopen ticket');
    await waitForText(panel, 'The ticket was reopened');
    await waitForText(panel, 'In progress');
  });

  it('says honestly when an e-mail desk last sent news', async () => {
    const { ticket, accessToken } = await ticketTransferredByEmail('fi');
    const { panel } = await openTicket('fi', ticket.id, accessToken);
    await waitForText(
      panel,
      'Tampereen yliopisto käsittelee tukipyyntöjä sähköpostitse, joten tämä näkymä päivittyy, kun sieltä vastataan.',
    );
    await waitForText(panel, 'Sieltä ei ole vielä tullut päivityksiä.');
    await waitForText(
      panel,
      'Opin.fi-tuki on pyytänyt, että Tampereen yliopisto ottaisi tukipyyntösi hoitaakseen',
    );
  });

  it('shows when the e-mail desk’s reply arrived, and the reply itself', async () => {
    const { ticket, accessToken } = await ticketTransferredByEmail('fi');
    const { panel } = await openTicket('fi', ticket.id, accessToken);
    await waitForText(panel, 'Sieltä ei ole vielä tullut päivityksiä.');
    const mail = (await createMockControl({ baseUrl: apiBase }).outbox()).findLast(
      (email) => email.to === 'helpdesk@tuni.fi' && email.ticketId === ticket.id,
    );
    await deskClient('tampere').receiveEmail({
      from: 'helpdesk@tuni.fi',
      subject: `Re: ${mail?.subject ?? ''}`,
      body: 'Arvosanasi on nyt kirjattu.',
    });
    await waitForText(panel, 'Arvosanasi on nyt kirjattu.');
    await waitForText(panel, 'Viimeisin päivitys:');
    const time = deepQuery(panel, '.notice time');
    assert.isFalse(Number.isNaN(Date.parse(time?.getAttribute('datetime') ?? '')));
    await waitForText(panel, 'Tampereen yliopisto otti tukipyyntösi hoitaakseen');
  });

  it('shows a hand-off that expired, with the ticket still kept', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    await deskActions.handOff('opin', ticket.id, { to: 'helsinki', mode: 'consult' });
    const { panel } = await openTicket('en', ticket.id, accessToken);
    await waitForText(panel, 'Opin.fi support asked University of Helsinki to help');
    await advanceClock(241);
    await deskActions.reply('opin', ticket.id, 'Still looking into it.');
    await waitForText(
      panel,
      'University of Helsinki did not respond in time; Opin.fi support keeps your ticket',
    );
    const times = deepQueryAll(panel, '.thread time');
    const dated = times.every(
      (time) => !Number.isNaN(Date.parse(time.getAttribute('datetime') ?? '')),
    );
    assert.isTrue(dated);
  });

  it('stops the live stream when the panel is disconnected', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith('/events') && init?.signal)
        signals.push(init.signal);
      return original(input, init);
    };
    try {
      const { ticket, accessToken } = await fileTicket({ language: 'en' });
      const mounted = await openTicket('en', ticket.id, accessToken);
      await waitUntil(() => signals.length > 0, 'no event stream opened');
      assert.strictEqual(
        signals.some((signal) => !signal.aborted),
        true,
      );
      mounted.remove();
      await waitUntil(() => signals.every((signal) => signal.aborted), 'the stream stayed open');
    } finally {
      window.fetch = original;
    }
  });

  it('isolates the subject with <bdi> in the ticket and under My tickets (issue 16)', async () => {
    // Right-to-left letters and digits: without isolation they reorder the text around them.
    const subject = 'שלום 123: kirjautuminen';
    const { ticket, accessToken } = await fileTicket({ language: 'fi', subject });
    const { panel, handle } = await mountPanel({ locale: 'fi' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    await waitForText(panel, subject);
    const isolated = () =>
      deepQueryAll(panel, 'bdi').map((el) => [el.textContent.trim(), el.getAttribute('lang')]);
    assert.deepInclude(isolated(), [subject, 'fi']);

    panel.navigate({ name: 'my-tickets' });
    await waitUntil(
      () => deepQueryAll(panel, 'opin-support-my-tickets-step >> li bdi').length > 0,
      'the subject was not shown under My tickets',
    );
    assert.deepInclude(isolated(), [subject, 'fi']);
  });
});
