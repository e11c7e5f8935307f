/// <reference types="mocha" />
/**
 * A host page's CSS cannot break the widget: with `* { all: unset }`, `html { font-size: 10px }`
 * or typography the widget would inherit (italics, capitals, spacing, indents, shadows) on the
 * page, the launcher is still where it should be and takes a real click, the dialog opens with
 * focus on the panel's heading, every text in the widget looks as on a neutral page (the same
 * size, style, weight, case, spacing, indent, shadow and alignment; the launcher and the panel's
 * text at least 16 px, as the README promises), and keyboard focus is visible.
 */
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { allElements, deepActiveElement, deepQuery } from '../panel/support/dom.js';
import { dialogOf, launcherOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';
import { addWidget, openWidget } from './support/widget.js';

const hostileStyles = {
  'everything unset': '* { all: unset }',
  'a 10 px root font': 'html { font-size: 10px }',
  'everything unset and a 10 px root font': '* { all: unset } html { font-size: 10px }',
  'inherited typography':
    'body { font-style: italic; font-weight: 200; font-variant: small-caps; ' +
    'letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; text-indent: 4em; ' +
    'text-shadow: 0 0 2px red; text-align: right; white-space: nowrap }',
};

/** The inherited properties that decide how a text looks, compared with a neutral page. */
const typography = [
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-shadow',
  'text-align',
  'white-space',
] as const;

/** Each element with text of its own in the launcher and the dialog, with its typography. */
function textStyles(element: OpinSupportElement): string[] {
  const launcher = launcherOf(element);
  return [launcher, ...allElements(dialogOf(element))]
    .filter((node) =>
      Array.from(node.childNodes).some((child) => child.nodeType === 3 && child.nodeValue?.trim()),
    )
    .map((node) => {
      const style = getComputedStyle(node);
      const values = typography.map((name) => `${name}: ${style.getPropertyValue(name)}`);
      return `${node.localName}.${node.className} { ${values.join('; ')} }`;
    });
}

const px = (element: Element): number => parseFloat(getComputedStyle(element).fontSize);

/** Opens the widget and measures it, then closes it again. */
async function measure(element: OpinSupportElement): Promise<string[]> {
  await openWidget(element);
  const styles = textStyles(element);
  element.hide();
  return styles;
}

describe('a hostile host page’s CSS', () => {
  let neutral: string[];
  let element: OpinSupportElement | undefined;
  let style: HTMLStyleElement | undefined;
  before(async () => {
    await resetMock();
    const plain = addWidget();
    neutral = await measure(plain);
    plain.remove();
  });
  afterEach(() => {
    element?.remove();
    style?.remove();
  });

  for (const [name, css] of Object.entries(hostileStyles)) {
    it(`${name}: the launcher is visible and clickable, the panel readable, focus visible`, async () => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const widget = addWidget();
      element = widget;
      const launcher = launcherOf(widget);

      const box = launcher.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(40);
      expect(box.height).to.be.greaterThan(30);
      expect(box.right).to.be.at.most(innerWidth);
      expect(box.bottom).to.be.at.most(innerHeight);
      expect(px(launcher)).to.be.at.least(16);
      const center = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      assert.strictEqual(
        widget.shadowRoot?.elementFromPoint(center[0] ?? 0, center[1] ?? 0),
        launcher,
      );

      await sendMouse({ type: 'click', position: [center[0] ?? 0, center[1] ?? 0] });
      await waitUntil(() => widget.open, 'a real click on the launcher did not open the dialog');
      await openWidget(widget);
      await waitUntil(
        () => deepActiveElement()?.localName === 'h2',
        'focus did not move to the panel’s heading',
      );
      const body = deepQuery(dialogOf(widget), '[part~="body"]');
      expect(body && px(body)).to.be.at.least(16);
      assert.deepEqual(textStyles(widget), neutral);

      await sendKeys({ press: 'Tab' });
      const focused = deepActiveElement();
      if (!focused) throw new Error('nothing has focus');
      assert.isTrue(focused.matches(':focus-visible'), 'the focused control shows focus');
      const outline = getComputedStyle(focused);
      assert.notStrictEqual(outline.outlineStyle, 'none');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !widget.open, 'Escape did not close the dialog');
      assert.strictEqual(
        widget.shadowRoot?.activeElement,
        launcher,
        'focus is back on the launcher',
      );
      assert.isTrue(launcher.matches(':focus-visible'), 'the launcher shows focus');
      assert.notStrictEqual(getComputedStyle(launcher).outlineStyle, 'none');
    });
  }
});
