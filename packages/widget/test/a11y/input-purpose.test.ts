/// <reference types="mocha" />
/**
 * WCAG 2.1 success criterion 1.3.5 Identify Input Purpose: the ticket form's fields that ask about
 * the learner say what they ask for with the HTML `autocomplete` tokens, in every language.
 */
import { assert } from '@open-wc/testing';
import { waitForElement } from '../panel/support/dom.js';
import { mountPanel, unmountAll } from '../panel/support/panel-fixture.js';
import { topicIn } from '../panel/support/scenarios.js';
import { resetMock } from '../support/mock-api.js';

describe('the purpose of the learner’s own fields (WCAG 1.3.5)', () => {
  before(() => resetMock());
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`marks the e-mail and name fields with autocomplete tokens in ${locale}`, async () => {
      const { panel } = await mountPanel({ locale });
      panel.navigate({ name: 'form', topic: await topicIn(locale, 'sign-in') });
      const email = await waitForElement<HTMLInputElement>(panel, '#email');
      const name = await waitForElement<HTMLInputElement>(panel, '#name');
      assert.strictEqual(email.type, 'email');
      assert.strictEqual(email.autocomplete, 'email');
      assert.strictEqual(name.autocomplete, 'name');
    });
  }
});
