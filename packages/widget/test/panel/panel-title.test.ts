/// <reference types="mocha" />
/**
 * The panel's title names the desk that receives the tickets (issue 17): on an institution's portal
 * that institution's desk, in the UI language; on Opin.fi's own portal, Opin.fi support.
 */
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { deepQuery, waitForElement } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

const title = (panel: Element) => deepQuery(panel, 'header .title')?.textContent.trim() ?? '';

describe('the panel’s title', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('names the institution’s desk on its portal, and follows the UI language', async () => {
    const { panel } = await mountPanel({ locale: 'sv', origin: 'hanken' });
    await waitUntil(() => title(panel) === 'Svenska handelshögskolan', 'the title names no desk');
    (await waitForElement<HTMLButtonElement>(panel, 'header button[lang="en"]')).click();
    await waitUntil(() => title(panel) === 'Hanken School of Economics', 'the title kept Swedish');
  });

  it('is Opin.fi support on Opin.fi’s portal', async () => {
    const { panel } = await mountPanel({ locale: 'fi', origin: 'opin' });
    await waitUntil(() => title(panel) === 'Opin.fi-tuki', 'the title is not Opin.fi support');
  });
});
