/// <reference types="mocha" />
/**
 * Self-help before a ticket: article search as the learner types, the topic's articles, an
 * article in a fallback language, and "Did this solve it?".
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock } from '../support/mock-api.js';
import { click } from './support/actions.js';
import {
  deepActiveElement,
  deepQuery,
  deepText,
  waitForElement,
  waitForText,
} from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { articleIn, topicIn } from './support/scenarios.js';
import { holdResponses } from '../support/slow-network.js';

describe('self-help', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('suggests articles as the learner types, and announces how many', async () => {
    const { panel } = await mountPanel({ locale: 'en' });
    const search = await waitForElement<HTMLInputElement>(panel, '#search');
    search.focus();
    await sendKeys({ type: 'cookies' });
    await waitForText(panel, 'Clear cookies');
    const results = deepQuery(panel, 'section[aria-label="Search results"]');
    assert.include(results?.textContent, 'Clear cookies');
    const status = deepQuery(panel, '[role="status"]');
    await waitUntil(() => /articles? found/.test(status?.textContent ?? ''));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 's' });
    await waitUntil(() => deepText(panel).includes('Clear cookies'));
  });

  it('opens an article in a fallback language and says so in the learner’s language', async () => {
    const { panel, detailsOf } = await mountPanel({ locale: 'fi' });
    const article = await articleIn('fi', 'studying-in-swedish', 'finding-studies');
    assert.strictEqual(article.locale, 'sv');
    panel.navigate({ name: 'article', article, topic: null });
    await waitForText(
      panel,
      'Tätä ohjetta ei ole saatavilla suomeksi, joten se näytetään ruotsiksi.',
    );
    assert.strictEqual(deepQuery(panel, 'article')?.getAttribute('lang'), 'sv');
    assert.strictEqual(deepQuery(panel, 'article .notice')?.getAttribute('lang'), 'fi');
    assert.deepEqual(detailsOf('opin-article-view'), [
      { articleId: 'studying-in-swedish', locale: 'sv' },
    ]);
  });

  it('thanks the learner when an article solved it', async () => {
    const { panel, detailsOf } = await mountPanel({ locale: 'en' });
    const topic = await topicIn('en', 'sign-in');
    panel.navigate({ name: 'topic', topic });
    await click(panel, 'Signing in with Suomi.fi identification');
    await waitForText(panel, 'Did this solve it?');
    await click(panel, 'Yes, thank you');
    await waitForText(panel, 'Thank you! We are glad it helped.');
    assert.deepEqual(detailsOf('opin-self-served'), [
      { articleId: 'sign-in-suomi-fi', topicId: 'sign-in' },
    ]);
  });

  it('goes on to the form when an article did not solve it', async () => {
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'topic', topic: await topicIn('en', 'sign-in') });
    await click(panel, 'Signing in with Suomi.fi identification');
    await click(panel, 'No, I still need help');
    await waitForElement(panel, '#subject');
    await click(panel, 'Back');
    await waitForText(panel, 'Did this solve it?');
  });

  it('asks for the institution before writing when the topic needs one', async () => {
    const { panel } = await mountPanel({ locale: 'sv' });
    panel.navigate({ name: 'topic', topic: await topicIn('sv', 'study-right-and-fees') });
    await click(panel, 'Skriv till supporten');
    await waitForText(panel, 'Välj först din högskola.');
    const select = await waitForElement<HTMLSelectElement>(panel, '#institution');
    assert.strictEqual(select.getAttribute('aria-invalid'), 'true');
    assert.strictEqual(select.getAttribute('aria-describedby'), 'institution-error');
  });

  it('focuses the institution select when it arrives, if the learner wrote before the list loaded', async () => {
    const institutions = holdResponses(
      (method, path) => method === 'GET' && /\/institutions$/.test(path),
    );
    try {
      const { panel } = await mountPanel({ locale: 'fi' });
      panel.navigate({ name: 'topic', topic: await topicIn('fi', 'enrolment-failed') });
      await click(panel, 'Kirjoita tukipyyntö');
      await waitForText(panel, 'Ladataan…');
      institutions.release();
      await waitUntil(
        () => deepActiveElement()?.id === 'institution',
        'the select was not focused when it came',
      );
      await waitForText(panel, 'Valitse ensin korkeakoulusi.');
    } finally {
      institutions.undo();
    }
  });
});
