/// <reference types="mocha" />
/**
 * Self-help that respects language and place: an article in another language than the UI is
 * labelled in the UI language and carries its own `lang`, in the topic's list and in search
 * results; an institution's own article is shown only to that institution's learners, under an
 * Opin.fi topic too; the footer's help link is in the UI language.
 */
import { assert } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { choose, click } from './support/actions.js';
import { deepQuery, deepText, waitForButton, waitForElement, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { articleIn, topicIn } from './support/scenarios.js';

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
    assert.strictEqual(swedish.querySelector('.summary:not(.lang)')?.getAttribute('lang'), 'sv');
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

describe('self-help for the learner’s institution', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  const general = 'Inloggning med Suomi.fi-identifikation';
  const aaltos = 'Logga in på Aalto-universitetets lärplattform MyCourses';

  /** The Swedish sign-in topic's article titles, once they have loaded. */
  async function signInArticles(config: { origin?: string; institution?: string | null }) {
    const { panel } = await mountPanel({ locale: 'sv', ...config });
    panel.navigate({ name: 'topic', topic: await topicIn('sv', 'sign-in') });
    await waitForText(panel, general);
    return deepText(panel);
  }

  it('keeps another institution’s article out of an Opin.fi topic', async () => {
    assert.notInclude(await signInArticles({}), aaltos);
    assert.notInclude(await signInArticles({ origin: 'helsinki' }), aaltos);
  });

  it('shows an institution’s article on its portal, or when the page names it', async () => {
    assert.include(await signInArticles({ origin: 'aalto' }), aaltos);
    assert.include(await signInArticles({ institution: 'aalto' }), aaltos);
  });

  it('swaps an institution’s article for its version in the new UI language', async () => {
    const { panel } = await mountPanel({ locale: 'fi', origin: 'aalto' });
    const article = await articleIn('fi', 'aalto-mycourses-sign-in', 'sign-in', 'aalto');
    panel.navigate({ name: 'article', article, topic: null });
    await waitForText(panel, 'Kirjautuminen Aalto-yliopiston MyCourses-oppimisympäristöön');
    await click(panel, 'Svenska');
    await waitForText(panel, aaltos);
    assert.strictEqual(deepQuery(panel, 'article')?.getAttribute('lang'), 'sv');
  });

  it('searches the learner’s institution’s articles once they have chosen it', async () => {
    const { panel } = await mountPanel({ locale: 'sv' });
    const search = async () => {
      (await waitForElement<HTMLInputElement>(panel, '#search')).focus();
      await sendKeys({ type: 'MyCourses' });
      await waitForElement(panel, 'section[aria-label="Sökresultat"] :is(ul, p)');
    };
    await search();
    await waitForText(panel, 'Inga anvisningar motsvarar din sökning.');
    panel.navigate({ name: 'topic', topic: await topicIn('sv', 'course-materials-access') });
    await choose(panel, 'institution', 'aalto');
    panel.navigate({ name: 'start' });
    await search();
    await waitForButton(panel, aaltos);
  });
});

describe('the help pages link', () => {
  afterEach(() => unmountAll());

  it('follows the UI language', async () => {
    const { panel } = await mountPanel({ locale: 'sv' });
    const link = () => deepQuery(panel, '[part="footer"] a')?.getAttribute('href');
    await waitUntil(() => link() === 'https://opin.fi/sv/stod', 'no Swedish help link');
    await click(panel, 'English');
    await waitUntil(() => link() === 'https://opin.fi/en/support', 'no English help link');
    await click(panel, 'Suomi');
    await waitUntil(() => link() === 'https://opin.fi/tuki', 'no Finnish help link');
  });
});
