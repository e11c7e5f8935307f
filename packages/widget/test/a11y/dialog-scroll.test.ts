/// <reference types="mocha" />
/**
 * Only the dialog's content scrolls, never the `<dialog>` itself: a scrollable dialog becomes a Tab
 * stop of its own (with the browser's focus ring, not the widget's). The ticket form holds an
 * off-screen honeypot field that once made the dialog overflow; the content area now contains it.
 * What scrolls is the panel's body and footer, below its header.
 */
import { assert, expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { settle, waitForElement } from '../panel/support/dom.js';
import { topicIn } from '../panel/support/scenarios.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { dialogOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';

describe('the dialog with content taller than the window', () => {
  let element: OpinSupportElement | undefined;
  before(async () => {
    await resetMock();
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => {
    element?.remove();
    localStorage.clear();
  });

  it('scrolls its content area, while the dialog itself neither scrolls nor takes focus', async () => {
    element = addWidget({ lang: 'fi', institution: 'helsinki' });
    const panel = await openWidget(element);
    panel.navigate({ name: 'form', topic: await topicIn('fi', 'enrolment-failed') });
    await waitForElement(panel, 'opin-support-form-step >> .notice');
    await settle(panel);

    const dialog = dialogOf(element);
    // The panel's body and footer scroll, below its header.
    const content = panel.shadowRoot?.querySelector('.scroller');
    if (!content) throw new Error('the panel has no scrolling content');
    expect(content.scrollHeight, 'the form is taller than the window').to.be.above(
      content.clientHeight,
    );
    expect(dialog.scrollHeight, 'the dialog scrolls vertically').to.be.at.most(dialog.clientHeight);
    expect(dialog.scrollWidth, 'the dialog scrolls sideways').to.be.at.most(dialog.clientWidth);

    // Tab through the whole form (scrolling its content), and round again.
    for (let press = 0; press < 40; press++) {
      await sendKeys({ press: 'Tab' });
      assert.notStrictEqual(element.shadowRoot?.activeElement, dialog, `Tab ${press + 1}`);
    }
    expect(dialog.scrollHeight, 'the dialog scrolls after tabbing').to.be.at.most(
      dialog.clientHeight,
    );
  });
});
