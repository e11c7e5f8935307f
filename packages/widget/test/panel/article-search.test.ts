/// <reference types="mocha" />
/**
 * The start step's article search: results set apart from the topics under a heading naming the
 * search, kept when the learner comes back from an article, and a way on to support when
 * nothing matches.
 */
import { assert } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { click, valueOf } from './support/actions.js';
import { deepActiveElement, waitForButton, waitForElement, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

/** Types `query` into the search field. */
async function search(panel: Element, query: string): Promise<void> {
  (await waitForElement<HTMLInputElement>(panel, '#search')).focus();
  await sendKeys({ type: query });
}

describe('article search', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  const article = 'Tyhjennä evästeet ja kokeile toista selainta';

  it('heads the results with the search, in another style than the topics', async () => {
    const { panel } = await mountPanel({ locale: 'fi' });
    await search(panel, 'evästeet');
    await waitForText(panel, 'Hakua ”evästeet” vastaavat ohjeet');
    const result = await waitForButton(panel, article);
    const topic = await waitForButton(panel, 'En pääse kirjautumaan Opin.fi-palveluun');
    const look = (button: Element) => {
      const style = getComputedStyle(button);
      return `${style.backgroundColor} ${style.borderTopStyle}`;
    };
    assert.notStrictEqual(look(result), look(topic));
  });

  it('keeps the search and its results when the learner comes back from an article', async () => {
    const { panel } = await mountPanel({ locale: 'fi' });
    await search(panel, 'evästeet');
    await click(panel, article);
    await waitForText(panel, 'Ratkaisiko tämä asiasi?');
    await click(panel, 'Takaisin');
    await waitForText(panel, 'Hakua ”evästeet” vastaavat ohjeet');
    await waitForButton(panel, article);
    assert.strictEqual(valueOf(panel, 'search'), 'evästeet');
  });

  it('offers the way to support when nothing matches', async () => {
    const { panel } = await mountPanel({ locale: 'sv' });
    await search(panel, 'qwxz');
    await waitForText(panel, 'Inga anvisningar motsvarar din sökning.');
    await click(panel, 'Välj ett ämne och skriv till oss');
    await waitUntil(() => deepActiveElement()?.id === 'topics', 'the topics did not take focus');
    assert.strictEqual(deepActiveElement()?.textContent.trim(), 'Ämnen');
  });
});
