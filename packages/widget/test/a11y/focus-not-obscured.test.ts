/// <reference types="mocha" />
/**
 * WCAG 2.2 success criterion 2.4.11 Focus Not Obscured: at 200 % zoom (a viewport of 320 × 400
 * CSS px, as 640 × 800 at 200 %), what takes focus in the dialog is fully visible below its
 * header, never under it. The two that once hid there: the institution select, focused when the
 * learner writes before choosing one, and the form's error summary with its first invalid field.
 */
import { assert } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import type { OpinSupportPanel } from '../../src/panel/panel.component.js';
import { deepActiveElement, deepQuery, settle, waitForElement } from '../panel/support/dom.js';
import { topicIn } from '../panel/support/scenarios.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

/** Asserts that `element` lies fully in the part of the dialog below the header. */
function assertFullyVisible(panel: OpinSupportPanel, element: Element, what: string): void {
  const header = deepQuery(panel, 'header');
  const scroller = panel.shadowRoot?.querySelector('.scroller');
  if (!header || !scroller) throw new Error('no header or scroller');
  const box = element.getBoundingClientRect();
  const visibleTop = Math.max(header.getBoundingClientRect().bottom, 0);
  const visibleBottom = Math.min(scroller.getBoundingClientRect().bottom, innerHeight);
  assert.isAtLeast(box.top, visibleTop - 0.5, `${what}: top below the header`);
  assert.isAtMost(box.bottom, visibleBottom + 0.5, `${what}: bottom in view`);
  assert.isAbove(box.height, 0, `${what}: shown`);
}

/** Scrolls the dialog's content to its end, where the learner is when pressing Send. */
function scrollToEnd(panel: OpinSupportPanel): void {
  const scroller = panel.shadowRoot?.querySelector('.scroller');
  if (scroller) scroller.scrollTop = scroller.scrollHeight;
}

describe('focus not obscured at 200 % zoom (WCAG 2.4.11)', () => {
  let element: OpinSupportElement | undefined;
  before(async () => {
    await resetMock();
    await setViewport({ width: 320, height: 400 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    element?.remove();
    localStorage.clear();
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`shows the focused institution select below the header in ${locale}`, async () => {
      element = addWidget({ lang: locale });
      const panel = await openWidget(element);
      panel.navigate({ name: 'topic', topic: await topicIn(locale, 'enrolment-failed') });
      const write = await waitForElement<HTMLButtonElement>(
        panel,
        'opin-support-topic-step >> .actions button',
      );
      await settle(panel);
      scrollToEnd(panel);
      write.click();
      await waitUntil(() => deepActiveElement()?.id === 'institution', 'the select took no focus');
      await settle(panel);
      const select = deepActiveElement();
      if (!select) throw new Error('nothing focused');
      assertFullyVisible(panel, select, 'the institution select');
    });

    it(`shows the error summary and the first invalid field below the header in ${locale}`, async () => {
      element = addWidget({ lang: locale, institution: 'helsinki' });
      const panel = await openWidget(element);
      panel.navigate({ name: 'form', topic: await topicIn(locale, 'enrolment-failed') });
      const send = await waitForElement<HTMLButtonElement>(panel, 'button[type="submit"]');
      await settle(panel);
      scrollToEnd(panel);
      send.click();
      await waitUntil(() => deepActiveElement()?.id === 'subject', 'the subject took no focus');
      await settle(panel);
      const field = deepActiveElement();
      const summary = await waitForElement(panel, 'opin-support-form-step >> .alert');
      if (!field) throw new Error('nothing focused');
      assertFullyVisible(panel, field, 'the first invalid field');
      assertFullyVisible(panel, summary, 'the error summary');
    });
  }
});
