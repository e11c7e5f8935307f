/// <reference types="mocha" />
/**
 * What the learner types (or a page prefills) into the ticket form stays a field value: subject,
 * description, e-mail and name hold every payload of the corpus verbatim (as far as the browser's
 * own value rules for `<input>` allow), and neither showing them nor validating them runs anything.
 */
import { assert } from '@open-wc/testing';
import { resetMock } from '../support/mock-api.js';
import { click, valueOf } from '../panel/support/actions.js';
import { settle, waitForElement } from '../panel/support/dom.js';
import { mountPanel, unmountAll, type PanelUnderTest } from '../panel/support/panel-fixture.js';
import { topicIn } from '../panel/support/scenarios.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

/** A text `<input>` drops line breaks from its value (HTML's value sanitization). */
const asInputValue = (text: string) => text.replace(/[\r\n]/g, '');
/** An e-mail `<input>` also trims its value. */
const asEmailValue = (text: string) => asInputValue(text).trim();

describe('XSS: the ticket form’s fields', () => {
  let mounted: PanelUnderTest;
  before(async () => {
    installXssProbe();
    localStorage.clear();
    await resetMock();
    mounted = await mountPanel({ locale: 'en' });
    mounted.panel.navigate({ name: 'form', topic: await topicIn('en', 'sign-in') });
    await waitForElement(mounted.panel, '#subject');
  });
  after(() => {
    unmountAll();
    localStorage.clear();
  });

  for (const payload of xssPayloads) {
    it(`#${payload.id} ${payload.name}: kept as the fields’ values, runs nothing`, async () => {
      const { panel } = mounted;
      const text = payload.text;
      panel.prefill({ subject: text, description: text, email: text, name: text });
      await settle(panel);
      assert.deepEqual(
        ['subject', 'description', 'email', 'name'].map((id) => valueOf(panel, id)),
        [asInputValue(text), text, asEmailValue(text), asInputValue(text)],
      );
      // Validation shows its messages next to the values: still nothing runs.
      await click(panel, 'Send ticket');
      await waitForElement(panel, '#email-error');
      assertInert(panel);
    });
  }
});
