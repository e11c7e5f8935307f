/// <reference types="mocha" />
/**
 * The whole journey by keyboard alone, from the start step to a sent ticket and its timeline:
 * Tab, Enter, Space and typing; each step change moves focus to the step's heading.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock } from '../support/mock-api.js';
import { deepActiveElement, deepText, waitForText } from './support/dom.js';
import { tabAndType, tabTo, tabToButton } from './support/keyboard.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

/** Waits until focus is on a step heading with text `text`. */
async function headingFocused(text: string): Promise<void> {
  await waitUntil(() => {
    const active = deepActiveElement();
    return active?.tagName === 'H2' && active.textContent.trim() === text;
  }, `focus did not move to the heading "${text}"`);
}

describe('keyboard only', () => {
  before(() => resetMock());
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('goes from the start to a sent ticket and its timeline', async () => {
    const { panel, handle } = await mountPanel({ locale: 'en', mode: 'launcher' });
    handle.focus();
    await headingFocused('How can we help?');

    await tabToButton('Personal data and privacy');
    await sendKeys({ press: 'Enter' });
    await headingFocused('Personal data and privacy');
    await waitForText(panel, 'Opin.fi support will answer you');

    await tabToButton('Write to support');
    await sendKeys({ press: 'Space' });
    await headingFocused('Write to support');

    await tabAndType('subject', 'Delete my data');
    await tabAndType('description', 'Please delete my account and personal data.');
    await tabAndType('email', 'learner@example.fi');
    await tabAndType('name', 'Learner');
    const english = await tabTo((el) => el.id === 'language-en');
    assert.strictEqual((english as HTMLInputElement).checked, true);
    await sendKeys({ press: 'ArrowLeft' });
    assert.strictEqual((deepActiveElement() as HTMLInputElement).id, 'language-sv');
    await tabToButton('Send ticket');
    await sendKeys({ press: 'Enter' });

    await headingFocused('Thank you, your ticket has been sent');
    assert.include(deepText(panel), 'Opin.fi support will answer you in Swedish');
    await tabToButton('Follow your ticket');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'no heading focused');
    assert.match(
      deepActiveElement()?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      /^Ticket OPIN-\d{6,}$/,
    );
    await waitForText(panel, 'Received by Opin.fi support');

    await tabToButton('Back');
    await sendKeys({ press: 'Enter' });
    await headingFocused('Thank you, your ticket has been sent');
  });

  it('switches the language from the keyboard and keeps focus on the switch', async () => {
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.focus();
    await headingFocused('How can we help?');
    await sendKeys({ down: 'Shift' });
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const suomi = deepActiveElement();
    assert.strictEqual(suomi?.textContent.replace(/\s+/g, ' ').trim(), 'FI Suomi');
    await sendKeys({ press: 'Enter' });
    await waitForText(panel, 'Miten voimme auttaa?');
    assert.strictEqual(deepActiveElement()?.getAttribute('aria-pressed'), 'true');
  });
});
