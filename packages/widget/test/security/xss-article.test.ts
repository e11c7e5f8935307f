/// <reference types="mocha" />
/**
 * An article is text plus structured links: every payload of the corpus as its title, summary,
 * both body paragraphs, a link label and a link URL is shown as text and runs nothing, and only
 * `https:` URLs become links (also URLs the API itself would refuse).
 */
import { assert } from '@open-wc/testing';
import type { Article } from '@opin/support-sdk';
import { resetMock } from '../support/mock-api.js';
import { deepQuery, deepQueryAll, settle, waitForText } from '../panel/support/dom.js';
import { mountPanel, unmountAll, type PanelUnderTest } from '../panel/support/panel-fixture.js';
import { hostileUrls, xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

const safeUrl = 'https://opin.fi/ohje';

function articleOf(id: string, text: string, links: Article['links']): Article {
  return {
    id,
    locale: 'en',
    availableLocales: ['en'],
    title: text,
    summary: text,
    body: `${text}\n\n${text}`,
    links,
    topicIds: [],
  };
}

/** Whether the browser would open `url` as an `https:` page. */
function isHttps(url: string): boolean {
  return URL.parse(url)?.protocol === 'https:';
}

describe('XSS: article text and links', () => {
  let mounted: PanelUnderTest;
  before(async () => {
    installXssProbe();
    await resetMock();
    mounted = await mountPanel({ locale: 'en' });
  });
  after(() => unmountAll());

  const links = (panel: Element) => deepQueryAll<HTMLAnchorElement>(panel, 'article a');

  for (const payload of xssPayloads) {
    it(`#${payload.id} ${payload.name}: title, body, link label and URL as text`, async () => {
      const { panel } = mounted;
      const text = payload.text;
      const linkList = [
        { label: text, url: safeUrl },
        { label: 'URL under test', url: text },
      ];
      panel.navigate({
        name: 'article',
        topic: null,
        article: articleOf(`xss-${payload.id}`, text, linkList),
      });
      await waitForText(panel, 'Did this solve it?');
      await settle(panel);
      assert.strictEqual(deepQuery(panel, 'article h2')?.textContent, text);
      assert.deepEqual(
        deepQueryAll(panel, 'article > p').map((p) => p.textContent),
        [text, text],
      );
      const expected = [[text, safeUrl], ...(isHttps(text) ? [['URL under test', text]] : [])];
      assert.deepEqual(
        links(panel).map((a) => [a.textContent, a.getAttribute('href')]),
        expected,
      );
      assertInert(panel, [text]);
    });
  }

  it('makes links only of https: URLs, whatever else an article carries', async () => {
    const { panel } = mounted;
    const linkList = [...hostileUrls, safeUrl].map((url, index) => ({
      label: `Link ${index}`,
      url,
    }));
    panel.navigate({
      name: 'article',
      topic: null,
      article: articleOf('hostile-urls', 'Links', linkList),
    });
    await waitForText(panel, 'Did this solve it?');
    await settle(panel);
    assert.deepEqual(
      links(panel).map((a) => a.href),
      [safeUrl],
    );
    assertInert(panel);
  });
});
