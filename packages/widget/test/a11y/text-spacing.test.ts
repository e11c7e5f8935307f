/// <reference types="mocha" />
/**
 * WCAG 2.1 success criterion 1.4.12 Text Spacing: with the spacing a reader's own style sheet may
 * set (line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em),
 * applied inside every shadow root of the real widget, no text is cut off or pushed out of the
 * dialog, in any step that holds much text.
 */
import { assert, expect } from '@open-wc/testing';
import type { OpinSupportElement } from '../../src/opin-support.js';
import type { OpinSupportPanel } from '../../src/panel/panel.component.js';
import { allElements, deepQuery, settle, waitForElement } from '../panel/support/dom.js';
import { articleIn, ticketWithHistory, topicIn } from '../panel/support/scenarios.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { dialogOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';
import { clippingContent, stickingOut } from './support/overflow.js';

/** The text spacing WCAG 1.4.12 names, as a user style sheet would set it. */
const spacing = new CSSStyleSheet();
spacing.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

/** Applies the spacing to the page and to every shadow root under `element`. */
function applySpacing(element: Element): void {
  const roots = [element, ...allElements(element)].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot] : [],
  );
  for (const root of [document, ...roots]) {
    if (!root.adoptedStyleSheets.includes(spacing)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    }
  }
}

/** Applies the spacing once `panel` has rendered, and asserts nothing is cut off. */
async function assertNothingCutOff(element: OpinSupportElement, panel: OpinSupportPanel) {
  await settle(panel);
  applySpacing(element);
  await settle(panel);
  const heading = deepQuery(panel, 'h2');
  expect(parseFloat(heading ? getComputedStyle(heading).letterSpacing : '0')).to.be.above(0);
  const dialog = dialogOf(element);
  const scroller = dialog.firstElementChild;
  if (!scroller) throw new Error('the dialog has no content');
  expect(scroller.scrollWidth, 'sideways scrolling').to.be.at.most(scroller.clientWidth);
  assert.deepEqual(stickingOut(dialog, scroller.getBoundingClientRect()), []);
  assert.deepEqual(clippingContent(dialog), []);
}

describe('text spacing overrides (WCAG 1.4.12)', () => {
  let element: OpinSupportElement | undefined;
  before(() => resetMock());
  afterEach(() => {
    element?.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
    localStorage.clear();
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`cuts off no text in ${locale}: start, topic, article, form with errors and ticket`, async () => {
      element = addWidget({ lang: locale, institution: 'helsinki' });
      const panel = await openWidget(element);
      await assertNothingCutOff(element, panel);

      const topic = await topicIn(locale, 'credits-and-grades');
      panel.navigate({ name: 'topic', topic });
      await waitForElement(panel, 'opin-support-topic-step >> button.choice');
      await assertNothingCutOff(element, panel);

      const article = await articleIn(locale, 'asking-for-grade-review', 'credits-and-grades');
      panel.navigate({ name: 'article', article, topic });
      await waitForElement(panel, 'opin-support-article-step >> fieldset');
      await assertNothingCutOff(element, panel);

      panel.navigate({ name: 'form', topic: await topicIn(locale, 'enrolment-failed') });
      (await waitForElement<HTMLButtonElement>(panel, 'button[type="submit"]')).click();
      await waitForElement(panel, '#email-error');
      await assertNothingCutOff(element, panel);

      const { ticket, accessToken } = await ticketWithHistory(locale);
      panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
      await waitForElement(panel, '.thread li.learner');
      await assertNothingCutOff(element, panel);
    });
  }
});
