/// <reference types="mocha" />
/**
 * Self-help that respects language and place: an article in another language than the UI is
 * labelled in the UI language and carries its own `lang`, in the topic's list and in search
 * results.
 */
import { assert } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock } from '../support/mock-api.js';
import { deepQuery, waitForButton, waitForElement } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { topicIn } from './support/scenarios.js';

/** The language label of the article choice whose title is `title`, or null when it has none. */
async function labelOf(panel: Element, title: string): Promise<string | null> {
  const button = await waitForButton(panel, title);
  assert.notStrictEqual(button.firstElementChild?.getAttribute('lang'), null);
  return button.querySelector('.lang')?.textContent.trim() ?? null;
}

describe('self-help in another language', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('labels a topic’s article in another language, in the UI language', async () => {
    const { panel } = await mountPanel({ locale: 'fi' });
    panel.navigate({ name: 'topic', topic: await topicIn('fi', 'finding-studies') });
    const swedish = await waitForButton(panel, 'Studera på svenska via Opin.fi');
    assert.strictEqual(swedish.firstElementChild?.getAttribute('lang'), 'sv');
    assert.strictEqual(swedish.querySelector('.summary')?.getAttribute('lang'), 'sv');
    assert.strictEqual(await labelOf(panel, 'Studera på svenska via Opin.fi'), 'ruotsiksi');
    const label = swedish.querySelector('.lang');
    assert.isFalse(label?.hasAttribute('lang'), 'the label is in the UI language');
  });

  it('labels search results in another language, and only those', async () => {
    const { panel } = await mountPanel({ locale: 'sv' });
    (await waitForElement<HTMLInputElement>(panel, '#search')).focus();
    await sendKeys({ type: 'Opin.fi' });
    assert.strictEqual(await labelOf(panel, 'Studera på svenska via Opin.fi'), null);
    await waitForElement(panel, 'section[aria-label="Sökresultat"] .lang');
    const labels = [
      ...(deepQuery(panel, 'section[aria-label="Sökresultat"]')?.querySelectorAll('.lang') ?? []),
    ];
    assert.isAbove(labels.length, 0);
    for (const label of labels) {
      const title = label.previousElementSibling;
      assert.notStrictEqual(title?.getAttribute('lang'), 'sv');
      assert.match(label.textContent.trim(), /^på (finska|engelska)$/);
    }
  });
});
