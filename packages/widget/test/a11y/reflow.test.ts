/// <reference types="mocha" />
/**
 * WCAG 2.1 success criterion 1.4.10 Reflow: in a viewport 320 CSS px wide and 256 px high (1280 ×
 * 1024 at 400 % zoom), the launcher and the open dialog fit, and every busy step of the real
 * widget scrolls in one direction only, with nothing cut off at the sides.
 */
import { assert, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { settle, waitForElement } from '../panel/support/dom.js';
import { ticketWithHistory, topicIn } from '../panel/support/scenarios.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { dialogOf, launcherOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';
import { stickingOut } from './support/overflow.js';

/** Asserts that the open dialog lies inside the viewport and scrolls only vertically. */
function assertReflows(element: OpinSupportElement): void {
  const dialog = dialogOf(element);
  const box = dialog.getBoundingClientRect();
  expect(box.left).to.be.at.least(0);
  expect(box.right).to.be.at.most(innerWidth);
  expect(box.bottom).to.be.at.most(innerHeight);
  const scroller = dialog.firstElementChild;
  if (!scroller) throw new Error('the dialog has no content');
  expect(scroller.scrollWidth, 'sideways scrolling').to.be.at.most(scroller.clientWidth);
  assert.deepEqual(stickingOut(dialog, scroller.getBoundingClientRect()), []);
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  let element: OpinSupportElement | undefined;
  before(async () => {
    await resetMock();
    await setViewport({ width: 320, height: 256 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    element?.remove();
    localStorage.clear();
  });

  it('keeps the launcher inside the viewport', () => {
    element = addWidget({ lang: 'fi' });
    const box = launcherOf(element).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    expect(box.bottom).to.be.at.most(innerHeight);
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`shows the start step, the form and a ticket in ${locale} without sideways scrolling`, async () => {
      element = addWidget({ lang: locale });
      const panel = await openWidget(element);
      await settle(panel);
      assertReflows(element);

      panel.navigate({ name: 'form', topic: await topicIn(locale, 'enrolment-failed') });
      (await waitForElement<HTMLButtonElement>(panel, 'button[type="submit"]')).click();
      await waitForElement(panel, '#email-error');
      await settle(panel);
      assertReflows(element);

      const { ticket, accessToken } = await ticketWithHistory(locale);
      panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
      await waitForElement(panel, '.thread li.learner');
      await settle(panel);
      assertReflows(element);
    });
  }
});
