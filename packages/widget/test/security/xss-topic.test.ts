/// <reference types="mocha" />
/**
 * A topic's title and summary (served by the API) as the topic step's heading and introduction,
 * and as the form's "Topic: …" line: every payload of the corpus, shown as text, runs nothing.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Topic } from '@opin/support-sdk';
import { resetMock } from '../support/mock-api.js';
import { deepQuery, settle } from '../panel/support/dom.js';
import { mountPanel, unmountAll, type PanelUnderTest } from '../panel/support/panel-fixture.js';
import { topicIn } from '../panel/support/scenarios.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

describe('XSS: topic titles and summaries', () => {
  let mounted: PanelUnderTest;
  let signIn: Topic;
  before(async () => {
    installXssProbe();
    localStorage.clear();
    await resetMock();
    mounted = await mountPanel({ locale: 'en' });
    signIn = await topicIn('en', 'sign-in');
  });
  after(() => {
    unmountAll();
    localStorage.clear();
  });

  for (const payload of xssPayloads) {
    it(`#${payload.id} ${payload.name}: in the topic step and the form, as text`, async () => {
      const { panel } = mounted;
      const text = payload.text;
      const topic = { ...signIn, title: text, summary: text };
      panel.navigate({ name: 'topic', topic });
      const heading = (step: string) => deepQuery(panel, `${step} >> h2`)?.textContent;
      await waitUntil(() => heading('opin-support-topic-step') === text, 'no topic heading');
      await settle(panel);
      assert.strictEqual(deepQuery(panel, 'opin-support-topic-step >> h2 + p')?.textContent, text);
      assertInert(panel, [text]);

      panel.navigate({ name: 'form', topic });
      const intro = () => deepQuery(panel, 'opin-support-form-step >> h2 + p')?.textContent;
      await waitUntil(() => intro() === `Topic: ${text}`, 'no topic line in the form');
      await settle(panel);
      assertInert(panel, [text]);
    });
  }
});
