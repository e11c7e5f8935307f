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

/** The part of the panel that scrolls in the dialog: the body and the footer, below the header. */
function scrollerOf(panel: HTMLElement): HTMLElement {
  const scroller = panel.shadowRoot?.querySelector<HTMLElement>('.scroller');
  if (!scroller) throw new Error('the panel has no scroller');
  return scroller;
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
    await waitForElement(panel, 'button.choice');
    const scroller = scrollerOf(panel);
    scroller.scrollTop = scroller.scrollHeight;
    assert.isAbove(scroller.scrollTop, 0, 'the start step is taller than 300 px');
    const header = await waitForElement(panel, 'header');
    assert.approximately(
      header.getBoundingClientRect().top,
      container.getBoundingClientRect().top,
      1,
    );
    assert.approximately(
      scroller.getBoundingClientRect().top,
      header.getBoundingClientRect().bottom,
      1,
      'what scrolls starts below the header, never under it',
    );
  });

  it('opens every step at its top, and keeps the place when only the language changes', async () => {
    const { panel, container } = await mountPanel({ locale: 'fi', mode: 'launcher' });
    container.style.height = '300px';
    await waitForElement(panel, 'button.choice');
    const scroller = scrollerOf(panel);
    scroller.scrollTop = scroller.scrollHeight;
    panel.navigate({ name: 'topic', topic: await topicIn('fi', 'credits-and-grades') });
    await waitForElement(panel, 'opin-support-topic-step >> h2');
    await settle(panel);
    assert.strictEqual(scroller.scrollTop, 0, 'the topic opens at its top');
    scroller.scrollTop = 80;
    const place = scroller.scrollTop;
    assert.isAbove(place, 0, 'the topic step is taller than 300 px');
    (await waitForElement<HTMLButtonElement>(panel, 'button[lang="sv"]')).click();
    await waitForElement(panel, 'button[lang="sv"][aria-pressed="true"]');
    await settle(panel);
    assert.strictEqual(scroller.scrollTop, place, 'the same step in Swedish keeps its place');
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

  it('puts every label of the ticket form above its field at 320 px', async () => {
    const { panel, container } = await mountPanel({ locale: 'sv', mode: 'launcher' });
    container.style.width = '320px';
    panel.navigate({ name: 'form', topic: await topicIn('sv', 'enrolment-failed') });
    await waitForElement(panel, '#subject');
    await settle(panel);
    for (const id of ['subject', 'description', 'email', 'name']) {
      const label = await waitForElement(panel, `opin-support-form-step >> label[for="${id}"]`);
      const field = await waitForElement(panel, `opin-support-form-step >> #${id}`);
      const [l, f] = [label, field].map((e) => e.getBoundingClientRect());
      assert.isAtMost(l?.bottom ?? Infinity, (f?.top ?? 0) + 0.5, `${id}: label above`);
    }
  });

  it('does not pin the header in inline mode, where the page scrolls', async () => {
    const { panel } = await mountPanel({ locale: 'sv', mode: 'inline' });
    await waitForElement(panel, 'button.choice');
    const header = await waitForElement(panel, 'header');
    assert.strictEqual(getComputedStyle(header).position, 'static');
    assert.strictEqual(getComputedStyle(scrollerOf(panel)).overflowY, 'visible');
  });

  for (const [width, stacked] of [
    [320, true],
    [440, false],
  ] as const) {
    it(`keeps the ticket's Copy button beside the reference and ${stacked ? 'stacks' : 'pairs'} its facts at ${width} px`, async () => {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        const { panel, container, remove } = await mountPanel({ locale, mode: 'launcher' });
        container.style.width = `${width}px`;
        container.style.height = '600px';
        const { ticket, accessToken } = await ticketWithHistory(locale);
        panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
        await waitForElement(panel, '.thread li');
        await settle(panel);
        const heading = await waitForElement(panel, 'opin-support-ticket-step >> .heading h2');
        const copy = await waitForElement(panel, 'opin-support-ticket-step >> .heading button');
        const reference = await waitForElement(panel, 'opin-support-ticket-step >> #reference');
        const [h, c, r] = [heading, copy, reference].map((e) => e.getBoundingClientRect());
        assert.isAtMost(
          c?.top ?? Infinity,
          h?.bottom ?? 0,
          `${locale}: Copy not below the heading`,
        );
        assert.isAtLeast(c?.left ?? 0, h?.right ?? Infinity, `${locale}: Copy beside the heading`);
        assert.isBelow(r?.height ?? Infinity, 40, `${locale}: the reference on one line`);
        const dt = await waitForElement(panel, 'opin-support-ticket-step >> .facts dt');
        const dd = await waitForElement(panel, 'opin-support-ticket-step >> .facts dd');
        const [label, value] = [dt, dd].map((e) => e.getBoundingClientRect());
        if (stacked)
          assert.isAtLeast(value?.top ?? 0, label?.bottom ?? Infinity, `${locale}: stacked`);
        else
          assert.approximately(
            value?.top ?? 0,
            label?.top ?? Infinity,
            1,
            `${locale}: side by side`,
          );
        remove();
      }
    });
  }
});
