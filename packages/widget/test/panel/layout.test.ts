/// <reference types="mocha" />
/**
 * Layout: the panel reflows at 320 px without sideways scrolling, a host page's
 * `html { font-size }` does not resize it, and in the dialog the header stays in reach.
 */
import { assert } from '@open-wc/testing';
import { resetMock } from '../support/mock-api.js';
import { deepQuery, settle, waitForElement } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { ticketWithHistory, topicIn } from './support/scenarios.js';

/** Every element under the panel that sticks out of a `width`-wide panel. */
function overflowing(panel: HTMLElement, width: number): string[] {
  const left = panel.getBoundingClientRect().left;
  const all = [panel, ...Array.from(panel.shadowRoot?.querySelectorAll('*') ?? [])];
  const nested = (el: Element): Element[] =>
    el.shadowRoot
      ? Array.from(el.shadowRoot.querySelectorAll('*')).flatMap((c) => [c, ...nested(c)])
      : [];
  return [...all, ...all.flatMap(nested)]
    .filter((el) => el.getBoundingClientRect().right - left > width + 0.5)
    .filter((el) => !el.closest('.honeypot'))
    .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
}

describe('layout', () => {
  before(() => resetMock());
  afterEach(() => {
    unmountAll();
    document.documentElement.style.fontSize = '';
  });

  it('reflows every busy step at 320 px', async () => {
    const mounted = await mountPanel({ locale: 'fi', mode: 'launcher' });
    const { panel, container } = mounted;
    container.style.width = '320px';
    await waitForElement(panel, 'button.choice');
    assert.deepEqual(overflowing(panel, 320), []);
    panel.navigate({ name: 'form', topic: await topicIn('fi', 'enrolment-failed') });
    await waitForElement(panel, '#subject');
    await settle(panel);
    assert.deepEqual(overflowing(panel, 320), []);
    const { ticket, accessToken } = await ticketWithHistory('fi');
    panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
    await waitForElement(panel, '.thread li');
    assert.deepEqual(overflowing(panel, 320), []);
  });

  it('keeps its size when the page sets html { font-size: 10px }', async () => {
    const { panel } = await mountPanel({ locale: 'en' });
    const heading = await waitForElement(panel, 'h2');
    const normal = getComputedStyle(heading).fontSize;
    document.documentElement.style.fontSize = '10px';
    assert.strictEqual(getComputedStyle(deepQuery(panel, 'h2') ?? heading).fontSize, normal);
  });

  it('keeps the header (language switch, close) in view while a long step scrolls in the dialog', async () => {
    const { panel, container } = await mountPanel({ locale: 'sv', mode: 'launcher' });
    container.style.height = '300px';
    container.style.overflow = 'auto';
    await waitForElement(panel, 'button.choice');
    container.scrollTop = container.scrollHeight;
    assert.isAbove(container.scrollTop, 0, 'the start step is taller than 300 px');
    const header = await waitForElement(panel, 'header');
    const top = header.getBoundingClientRect().top;
    assert.approximately(top, container.getBoundingClientRect().top, 1);
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`keeps the header on one row at 440 px in ${locale}: title, languages, close`, async () => {
      const { panel, container } = await mountPanel({ locale, mode: 'launcher' });
      container.style.width = '440px';
      const header = await waitForElement(panel, 'header');
      await waitForElement(panel, 'button.choice');
      const boxes = ['.title', '.languages', '.close'].map((selector) => {
        const element = header.querySelector(selector);
        if (!element) throw new Error(`no ${selector} in the header`);
        return element.getBoundingClientRect();
      });
      const middles = boxes.map((box) => box.top + box.height / 2);
      assert.isBelow(Math.max(...middles) - Math.min(...middles), 2, 'one row');
      const [title, languages, close] = boxes;
      assert.isAbove(languages?.left ?? 0, title?.right ?? Infinity, 'languages after the title');
      assert.isAbove(close?.left ?? 0, languages?.right ?? Infinity, 'close after the languages');
      const lineHeight = parseFloat(
        getComputedStyle(header.querySelector('.title') ?? header).lineHeight,
      );
      assert.isBelow(title?.height ?? Infinity, lineHeight * 1.5, 'the title on one line');
      const tallest = Math.max(...boxes.map((box) => box.height));
      assert.isBelow(header.getBoundingClientRect().height, tallest + 12, 'a compact header');
    });
  }

  it('shows the pressed language filled, not outlined like a focus ring', async () => {
    const { panel } = await mountPanel({ locale: 'sv', mode: 'launcher' });
    const header = await waitForElement(panel, 'header');
    await waitForElement(panel, 'button.choice');
    const pressed = header.querySelector('[aria-pressed="true"]');
    const other = header.querySelector('[aria-pressed="false"]');
    if (!pressed || !other) throw new Error('no language buttons');
    assert.strictEqual(pressed.getAttribute('lang'), 'sv');
    const style = getComputedStyle(pressed);
    assert.strictEqual(style.backgroundColor, getComputedStyle(header).color, 'filled');
    assert.strictEqual(style.color, getComputedStyle(header).backgroundColor);
    assert.strictEqual(style.outlineStyle, 'none');
    assert.strictEqual(style.borderTopWidth, '0px');
    assert.strictEqual(getComputedStyle(other).backgroundColor, 'rgba(0, 0, 0, 0)');
  });

  it('leaves out the language switch inline when the page has its own, never in the dialog', async () => {
    const inline = await mountPanel({ locale: 'fi', mode: 'inline', languageSwitch: 'hidden' });
    const header = await waitForElement(inline.panel, 'header');
    await waitForElement(inline.panel, 'button.choice');
    assert.isNull(header.querySelector('.languages'));
    const dialog = await mountPanel({ locale: 'fi', mode: 'launcher', languageSwitch: 'hidden' });
    await waitForElement(dialog.panel, 'button.choice');
    assert.isNotNull((await waitForElement(dialog.panel, 'header')).querySelector('.languages'));
  });

  it('does not pin the header in inline mode, where the page scrolls', async () => {
    const { panel } = await mountPanel({ locale: 'sv', mode: 'inline' });
    await waitForElement(panel, 'button.choice');
    const header = await waitForElement(panel, 'header');
    assert.strictEqual(getComputedStyle(header).position, 'static');
  });
});
