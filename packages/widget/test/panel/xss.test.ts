/// <reference types="mocha" />
/**
 * Everything a desk or learner writes is shown as text: markup in a reply, a subject or an
 * article never becomes elements, and nothing in it runs.
 */
import { assert } from '@open-wc/testing';
import { deskActions, fileTicket, resetMock } from '../support/mock-api.js';
import { deepQuery, deepQueryAll, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

const payload = '<img src=x onerror=window.__xss=1>';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('untrusted text', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('shows a desk reply with markup as text and runs nothing', async () => {
    const { ticket, accessToken } = await fileTicket({
      language: 'en',
      subject: `<svg onload=window.__xss=2>`,
    });
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
    await waitForText(panel, 'Received by Opin.fi support');
    await deskActions.reply('opin', ticket.id, payload);
    await waitForText(panel, payload);
    const body = deepQuery(panel, '.thread .desk .body');
    assert.strictEqual(body?.textContent, payload);
    assert.strictEqual(body?.children.length, 0);
    assert.strictEqual(deepQueryAll(panel, 'img, svg').length, 0);
    assert.strictEqual(deepQuery(panel, '.subject')?.textContent, '<svg onload=window.__xss=2>');
    assert.strictEqual(window.__xss, undefined);
  });

  it('renders article text as paragraphs and only https links as links', async () => {
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({
      name: 'article',
      topic: null,
      article: {
        id: 'hostile',
        locale: 'en',
        availableLocales: ['en'],
        title: '<b>Title</b>',
        summary: '',
        body: `First ${payload}\n\nSecond <script>window.__xss=3</script>`,
        links: [
          { label: '<i>Safe</i>', url: 'https://opin.fi/ohje' },
          { label: 'Bad', url: 'javascript:window.__xss=4' },
        ],
        topicIds: [],
      },
    });
    await waitForText(panel, 'Second');
    const paragraphs = deepQueryAll(panel, 'article > p');
    assert.deepEqual(
      paragraphs.map((p) => p.textContent),
      [`First ${payload}`, 'Second <script>window.__xss=3</script>'],
    );
    const links = deepQueryAll<HTMLAnchorElement>(panel, 'article a');
    assert.deepEqual(
      links.map((a) => [a.textContent.trim(), a.href, a.target, a.rel]),
      [['<i>Safe</i>', 'https://opin.fi/ohje', '_blank', 'noopener noreferrer']],
    );
    assert.strictEqual(deepQuery(panel, 'h2')?.textContent, '<b>Title</b>');
    assert.strictEqual(window.__xss, undefined);
  });
});
