/// <reference types="mocha" />
/**
 * The confirmation, the ticket view and My tickets name desks, never show their ids: opened
 * straight from a link, before the desks' names have loaded, they wait for them ("Loading…").
 */
import { assert } from '@open-wc/testing';
import { holdResponses, type HeldResponses } from '../support/slow-network.js';
import { fileTicket, resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { deepQuery, deepText, settle } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

describe('desk names, never ids', () => {
  let held: HeldResponses | undefined;
  beforeEach(() => resetMock());
  afterEach(() => {
    held?.undo();
    held = undefined;
    unmountAll();
  });

  it('the ticket view waits for the desks’ names before it shows the ticket', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'fi', subject: 'Kirjautuminen' });
    const desks = holdResponses((method, path) => method === 'GET' && /\/desks$/.test(path));
    held = desks;
    const mounted = await mountPanel({ locale: 'fi' });
    const { panel, handle } = mounted;
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    // The ticket has arrived (its first frame is announced to the page) while the names have not.
    await waitUntil(
      () => mounted.detailsOf('opin-ticket-updated').length > 0,
      'the ticket did not arrive',
    );
    await settle(panel);
    assert.include(deepText(panel), 'Ladataan…');
    assert.isNull(deepQuery(panel, 'opin-support-ticket-step >> .plan'));
    assert.notMatch(deepText(panel), /\bopin\b/, 'a desk id is shown');

    desks.release();
    await waitUntil(
      () =>
        deepQuery(panel, 'opin-support-ticket-step >> .plan p')?.textContent.trim() ===
        'Opin.fi-tuki vastaa sinulle suomeksi.',
      'the card does not name the desk',
    );
    assert.include(deepText(panel), 'Opin.fi-tuki otti tukipyyntösi vastaan');
  });
});
