/// <reference types="mocha" />
/**
 * Once the ticket form is one click away (a topic is open), the panel fetches the ticket steps'
 * code in the background, so "Write to support" does not wait for it. (Its own test page.)
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMock } from '../support/mock-api.js';
import { waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { topicIn } from './support/scenarios.js';

describe('ticket steps prefetch', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('starts loading the form once a topic is open, before the learner asks for it', async () => {
    const { panel } = await mountPanel({ locale: 'fi' });
    await waitForText(panel, 'Miten voimme auttaa?');
    assert.isUndefined(customElements.get('opin-support-form-step'));

    panel.navigate({ name: 'topic', topic: await topicIn('fi', 'sign-in') });
    await waitUntil(
      () => customElements.get('opin-support-form-step') !== undefined,
      'the form step was not prefetched',
    );
  });
});
