/// <reference types="mocha" />
/**
 * Lists built from what the API serves: the topics on the start step, the articles a topic
 * suggests, and the institutions to choose from. Each list carries the whole corpus at once (one
 * entry per payload, through a rewritten API answer) and shows every payload as text.
 */
import { assert } from '@open-wc/testing';
import { resetMock } from '../support/mock-api.js';
import { deepQueryAll, settle, waitForElement } from '../panel/support/dom.js';
import { mountPanel, unmountAll } from '../panel/support/panel-fixture.js';
import { topicIn } from '../panel/support/scenarios.js';
import { rewriteResponses } from './support/rewrite-responses.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

const texts = xssPayloads.map((p) => p.text);

describe('XSS: topics, suggested articles and institutions from the API', () => {
  let undo: (() => void) | undefined;
  before(async () => {
    installXssProbe();
    await resetMock();
  });
  afterEach(() => {
    undo?.();
    undo = undefined;
    unmountAll();
  });

  it('lists topics whose titles and summaries are payloads, as text', async () => {
    undo = rewriteResponses(/\/topics$/, (body) => {
      const [template] = body as Record<string, unknown>[];
      return xssPayloads.map(({ id, text }) => ({
        ...template,
        id: `xss-${id}`,
        title: text,
        summary: text,
      }));
    });
    const { panel } = await mountPanel({ locale: 'en' });
    await waitForElement(panel, 'button.choice');
    await settle(panel);
    const summaries = deepQueryAll(panel, 'button.choice .summary').map((s) => s.textContent);
    assert.deepEqual(summaries, texts);
    assertInert(panel, texts);
  });

  it('suggests articles whose titles and summaries are payloads, as text', async () => {
    undo = rewriteResponses(/\/articles$/, (body, url) => {
      const [template] = body as Record<string, unknown>[];
      if (url.searchParams.get('topic') !== 'sign-in') return body;
      return xssPayloads.map(({ id, text }) => ({
        ...template,
        id: `xss-${id}`,
        title: text,
        summary: text,
      }));
    });
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'topic', topic: await topicIn('en', 'sign-in') });
    await waitForElement(panel, 'opin-support-topic-step >> button.choice');
    await settle(panel);
    const titles = deepQueryAll(panel, 'button.choice > span:first-child').map(
      (s) => s.textContent,
    );
    assert.deepEqual(titles, texts);
    assertInert(panel, texts);
  });

  it('offers institutions whose names are payloads, as text', async () => {
    undo = rewriteResponses(/\/institutions$/, (body) => {
      const [template] = body as Record<string, unknown>[];
      return xssPayloads.map(({ id, text }) => ({
        ...template,
        id: `xss-${id}`,
        name: { fi: text, sv: text, en: text },
      }));
    });
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'topic', topic: await topicIn('en', 'credits-and-grades') });
    await waitForElement(panel, '#institution option[value^="xss-"]');
    await settle(panel);
    const names = deepQueryAll(panel, '#institution option[value^="xss-"]').map((o) =>
      o.textContent.trim(),
    );
    assert.sameMembers(names, texts);
    assertInert(panel, texts);
  });
});
