/// <reference types="mocha" />
/**
 * A returning learner finds their ticket first (issue 17): the start step opens with the newest
 * ticket this browser knows as a card — "New reply from …" until they have read it — above the
 * search and the topics; My tickets shows who has each ticket and its last message. A browser that
 * knows no ticket asks the API for none.
 */
import { assert } from '@open-wc/testing';
import {
  apiBase,
  deskActions,
  fileTicket,
  recordRequests,
  resetMock,
} from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { click } from './support/actions.js';
import { deepQuery, deepQueryAll, settle, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

/** The last messages My tickets shows, whitespace collapsed. */
function lastMessages(panel: Element): string[] {
  return deepQueryAll(panel, 'opin-support-my-tickets-step >> .last').map((line) =>
    line.textContent.replace(/\s+/g, ' ').trim(),
  );
}

/** The text of the start step's ticket card, whitespace collapsed ('' when there is none). */
function cardText(panel: Element): string {
  const card = deepQuery(panel, 'opin-support-start-step >> .latest');
  return card?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

describe('a returning learner', () => {
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => unmountAll());

  it('sees no card, and the panel asks for no ticket, when this browser knows none', async () => {
    const requests = await recordRequests();
    const { panel } = await mountPanel({ locale: 'fi' });
    await waitUntil(
      () => deepQueryAll(panel, 'opin-support-start-step >> button.choice').length > 0,
      'the start step shows no topics',
    );
    await settle(panel);
    // Answered after anything the panel asked before it, through the same service worker.
    await fetch(`${apiBase}/topics?locale=fi`);
    requests.stop();
    assert.deepEqual(
      requests.paths.filter((path) => path.includes('/tickets')),
      [],
      'a ticket was requested',
    );
    assert.strictEqual(cardText(panel), '');
  });

  it('finds the newest ticket first, with its new reply, until the learner has read it', async () => {
    const older = await fileTicket({ language: 'fi', subject: 'Vanha asia' });
    const newer = await fileTicket({ language: 'fi', subject: 'Kirjautuminen ei onnistu' });
    const { panel, handle } = await mountPanel({ locale: 'fi' });
    handle.run({ kind: 'showTicket', id: older.ticket.id, accessToken: older.accessToken });
    await waitForText(panel, 'Vanha asia');
    handle.run({ kind: 'showTicket', id: newer.ticket.id, accessToken: newer.accessToken });
    await waitForText(panel, 'Kirjautuminen ei onnistu');
    await deskActions.reply('opin', newer.ticket.id, 'Hei! Kokeile toista selainta.');
    await waitForText(panel, 'Hei! Kokeile toista selainta.');
    // Read in the ticket view: back at the start the card says where it stands, not "new".
    panel.navigate({ name: 'start' });
    await waitUntil(() => cardText(panel).includes(newer.ticket.id), 'no card for the ticket');
    assert.strictEqual(
      cardText(panel),
      `Käsittelyssä Kirjautuminen ei onnistu · ${newer.ticket.id} Avaa tukipyyntösi`,
    );

    // A reply the learner has not seen yet.
    await deskActions.reply('opin', newer.ticket.id, 'Toimiko?');
    panel.navigate({ name: 'my-tickets' });
    await waitUntil(
      () => lastMessages(panel).includes('Opin.fi-tuki: Toimiko?'),
      'My tickets does not show the last message',
    );
    panel.navigate({ name: 'start' });
    await waitUntil(() => cardText(panel).startsWith('Uusi vastaus'), 'the new reply is not shown');
    assert.strictEqual(
      cardText(panel),
      `Uusi vastaus: Opin.fi-tuki Kirjautuminen ei onnistu · ${newer.ticket.id} Avaa tukipyyntösi`,
    );
    // First on the step: before the search field and the topics.
    const card = deepQuery(panel, 'opin-support-start-step >> .latest');
    const search = deepQuery(panel, 'opin-support-start-step >> #search');
    assert.ok(card && search);
    assert.ok(card.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING);

    await click(panel, 'Avaa tukipyyntösi');
    await waitForText(panel, 'Toimiko?');
    panel.navigate({ name: 'start' });
    await waitUntil(
      () => cardText(panel).startsWith('Käsittelyssä'),
      'the reply still shows as new',
    );
  });

  it('lists under My tickets who has each ticket and its last message', async () => {
    const created = await fileTicket({ language: 'fi', subject: 'Arvosana puuttuu' });
    const { panel, handle } = await mountPanel({ locale: 'fi' });
    handle.run({ kind: 'showTicket', id: created.ticket.id, accessToken: created.accessToken });
    await waitForText(panel, 'Arvosana puuttuu');
    await deskActions.reply('opin', created.ticket.id, 'Selvitämme asiaa.');
    panel.navigate({ name: 'my-tickets' });
    await waitForText(panel, 'Käsittelijä: Opin.fi-tuki');
    await waitUntil(
      () => lastMessages(panel).join() === 'Opin.fi-tuki: Selvitämme asiaa.',
      'My tickets does not show the last message',
    );
  });
});
