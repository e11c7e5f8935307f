/// <reference types="mocha" />
/**
 * WCAG 2.1 success criteria 2.4.7 Focus Visible and 1.4.11 Non-text Contrast: pressing Tab through
 * the real widget's start step and ticket form, every control that gets focus shows a solid focus
 * ring at least 2 px wide whose colour has a contrast of at least 3:1 against what is behind it.
 * (The `<dialog>` itself is never a stop: `dialog-scroll.test.ts`.)
 */
import { assert, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { deepActiveElement, settle, waitForElement } from '../panel/support/dom.js';
import { topicIn } from '../panel/support/scenarios.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { dialogOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';
import { backgroundBehind, contrastRatio } from './support/contrast.js';

/** One focused control and how its focus ring looks. */
interface FocusRing {
  control: string;
  /** A link or form control, which draws the widget's own ring (not a focusable scroller). */
  own: boolean;
  visible: boolean;
  style: string;
  width: number;
  contrast: number;
}

/** How the focus ring of the focused `element` looks (drawn inside it when the offset is < 0). */
function ringOf(element: Element): FocusRing {
  const style = getComputedStyle(element);
  const inside = parseFloat(style.outlineOffset) < 0;
  const behind = backgroundBehind(inside ? element : (element.parentElement ?? element));
  return {
    control: `${element.localName}${element.id ? `#${element.id}` : ''} "${element.textContent.trim().slice(0, 20)}"`,
    own: element.matches('a, button, input, select, textarea'),
    visible: element.matches(':focus-visible'),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: contrastRatio(style.outlineColor, behind),
  };
}

/**
 * Presses Tab until focus comes round to a control seen before (Chromium's modal dialog lets it
 * pass once through the browser's own UI on the way); the rings seen on the way.
 */
async function tabThrough(element: OpinSupportElement): Promise<FocusRing[]> {
  const seen = new Set<Element>();
  const rings: FocusRing[] = [];
  for (let press = 0; press < 60; press++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (!focused || !dialogOf(element).contains(element.shadowRoot?.activeElement ?? null)) {
      continue;
    }
    if (seen.has(focused)) break;
    seen.add(focused);
    rings.push(ringOf(focused));
  }
  return rings;
}

function assertRingsVisible(rings: FocusRing[], atLeast: number): void {
  expect(rings.length).to.be.at.least(atLeast);
  for (const ring of rings) {
    assert.isTrue(ring.visible, `${ring.control} matches :focus-visible`);
    assert.notStrictEqual(ring.style, 'none', `${ring.control} has an outline`);
    if (!ring.own) continue;
    assert.strictEqual(ring.style, 'solid', `${ring.control} has a solid outline`);
    expect(ring.width, `${ring.control} outline width`).to.be.at.least(2);
    expect(ring.contrast, `${ring.control} outline contrast`).to.be.at.least(3);
  }
}

describe('visible focus with enough contrast (WCAG 2.4.7, 1.4.11)', () => {
  let element: OpinSupportElement | undefined;
  before(() => resetMock());
  afterEach(() => {
    element?.remove();
    localStorage.clear();
  });

  it('shows a 3:1 focus ring on every control of the start step, header included', async () => {
    element = addWidget({ lang: 'fi' });
    await openWidget(element);
    const rings = await tabThrough(element);
    // header: three languages and close; body: the search field and the topics
    assertRingsVisible(rings, 6);
    assert.includeMembers(
      rings.map((ring) => ring.control),
      ['button "FI Suomi"', 'button "SV Svenska"', 'button "EN English"', 'input#search ""'],
    );
  });

  it('shows a 3:1 focus ring on every field and button of the ticket form', async () => {
    element = addWidget({ lang: 'sv', institution: 'helsinki' });
    const panel = await openWidget(element);
    panel.navigate({ name: 'form', topic: await topicIn('sv', 'enrolment-failed') });
    await waitForElement(panel, 'opin-support-form-step >> .notice');
    await settle(panel);
    const rings = await tabThrough(element);
    assertRingsVisible(rings, 10);
    expect(rings.filter((ring) => ring.own).length).to.be.at.least(10);
    assert.includeMembers(
      rings.map((ring) => ring.control.split(' ')[0]),
      ['input#subject', 'textarea#description', 'input#email', 'input#name'],
    );
  });
});
