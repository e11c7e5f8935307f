/// <reference types="mocha" />
/**
 * The ticket steps' code is not part of the panel that opens: a step that needs it loads it
 * first, then renders and takes focus. (Its own test page: once loaded, code stays loaded.)
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { stepRegistry } from '../../src/panel/steps/step-registry.js';
import { resetMock } from '../support/mock-api.js';
import { deepActiveElement } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

const ticketStepTags = Object.values(stepRegistry)
  .filter(({ chunk }) => chunk === 'ticket-steps')
  .map(({ tag }) => tag);

describe('ticket steps on demand', () => {
  before(() => resetMock());
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('opens without them, then loads them when the learner goes straight to one', async () => {
    const { panel, handle } = await mountPanel({ locale: 'sv', mode: 'launcher' });
    handle.focus();
    await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'the start heading has no focus');
    assert.isNotEmpty(ticketStepTags);
    for (const tag of ticketStepTags) assert.isUndefined(customElements.get(tag), tag);

    panel.navigate({ name: 'my-tickets' });
    await waitUntil(() => {
      const active = deepActiveElement();
      return active?.tagName === 'H2' && active.textContent.trim() === 'Mina ärenden';
    }, 'focus did not reach the heading of My tickets');
    for (const tag of ticketStepTags) assert.isDefined(customElements.get(tag), tag);
  });
});
