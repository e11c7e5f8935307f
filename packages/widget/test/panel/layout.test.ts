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

  it('does not pin the header in inline mode, where the page scrolls', async () => {
    const { panel } = await mountPanel({ locale: 'sv', mode: 'inline' });
    await waitForElement(panel, 'button.choice');
    const header = await waitForElement(panel, 'header');
    assert.strictEqual(getComputedStyle(header).position, 'static');
  });
});
