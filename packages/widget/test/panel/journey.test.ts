/// <reference types="mocha" />
/**
 * The learner's journey end to end against the mock API, and the desks' work arriving live:
 * use case 1 (Opin.fi answers itself) and use case 3 (a transfer to the institution).
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { deskActions, resetMock } from '../support/mock-api.js';
import { click, choose, fill } from './support/actions.js';
import { deepQuery, deepText, waitForElement, waitForText } from './support/dom.js';
import { mountPanel, unmountAll, type PanelUnderTest } from './support/panel-fixture.js';

/** Fills the form and sends it; resolves with the new ticket's reference. */
async function writeAndSend({ panel }: PanelUnderTest): Promise<string> {
  await fill(panel, 'subject', 'Cannot sign in');
  await fill(panel, 'description', 'The sign-in page loops back to itself.');
  await fill(panel, 'email', 'learner@example.fi');
  await click(panel, 'Send ticket');
  const reference = await waitForElement(panel, '.reference');
  return reference.textContent.trim();
}

describe('the journey', () => {
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => unmountAll());

  it('use case 1: an Opin.fi topic, the preview, the form, sent, and the desk’s reply live', async () => {
    const mounted = await mountPanel({ locale: 'en' });
    const { panel } = mounted;
    await click(panel, 'I cannot sign in to Opin.fi');
    await waitForText(panel, 'Opin.fi support will answer you in English.');
    await waitForText(panel, 'You can expect an answer by ');
    await click(panel, 'Write to support');
    await waitForText(panel, 'Privacy: only Opin.fi support will see');
    const reference = await writeAndSend(mounted);
    assert.match(reference, /^OPIN-\d{6,}$/);
    assert.include(deepText(panel), 'Opin.fi support will answer you in English');
    assert.include(deepText(panel), 'learner@example.fi');
    const [created] = mounted.detailsOf('opin-ticket-created');
    assert.deepEqual(created, {
      id: reference,
      receivingDesk: 'opin',
      answeringDesk: 'opin',
      language: 'en',
    });
    const ticketsKey = `opin-support:v1:tickets:${location.origin}`;
    const stored = JSON.parse(localStorage.getItem(ticketsKey) ?? '[]') as unknown[];
    assert.lengthOf(stored, 1);
    assert.strictEqual(localStorage.getItem('opin-support:v1:draft:opin'), null);

    await click(panel, 'Follow your ticket');
    await waitForText(panel, 'Received by Opin.fi support');
    await deskActions.reply('opin', reference, 'Please clear your cookies and try again.');
    await waitForText(panel, 'Please clear your cookies and try again.');
    await waitForText(panel, 'Opin.fi support replied');
    const status = deepQuery(panel, '[role="status"]');
    await waitUntil(() => status?.textContent.includes('Your ticket was updated'));
    assert.include(mounted.detailsOf('opin-ticket-updated').at(-1), {
      id: reference,
      status: 'in_progress',
      owner: 'opin',
    });
  });

  it('use case 3: a question for the institution is handed over, taken over and answered live', async () => {
    const mounted = await mountPanel({ locale: 'en' });
    const { panel } = mounted;
    await click(panel, 'Credits, grades and certificates');
    await choose(panel, 'institution', 'helsinki');
    await waitForText(
      panel,
      'Opin.fi support passes your ticket on, and University of Helsinki will answer you in English.',
    );
    await click(panel, 'Write to support');
    const reference = await writeAndSend(mounted);
    assert.strictEqual(mounted.detailsOf('opin-ticket-created')[0]?.answeringDesk, 'helsinki');
    await click(panel, 'Follow your ticket');
    await waitForText(panel, 'Received by Opin.fi support');

    await deskActions.handOff('opin', reference, { to: 'helsinki', mode: 'transfer' });
    await waitForText(panel, 'Opin.fi support is handing your ticket to University of Helsinki');
    await deskActions.accept('helsinki', reference);
    await waitForText(panel, 'University of Helsinki took over your ticket');
    assert.include(
      deepText(panel),
      'Opin.fi support asked University of Helsinki to take over your ticket',
    );
    await deskActions.reply('helsinki', reference, 'Your grade is now recorded.');
    await waitForText(panel, 'Your grade is now recorded.');
    assert.strictEqual(mounted.detailsOf('opin-ticket-updated').at(-1)?.owner, 'helsinki');
  });
});
