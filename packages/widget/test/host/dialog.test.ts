import { assert, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OpinSupportEventMap } from '../../src/events.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { contrastRatio } from '../a11y/support/contrast.js';
import { dialogOf, focusedIn, launcherOf } from '../support/host.js';
import { installStubPanel, type StubPanel, type StubPanelInstance } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

/** Records the widget's show/hide/request-close events in order. */
function recordEvents(el: OpinSupportElement): string[] {
  const seen: string[] = [];
  el.addEventListener('opin-show', () => seen.push('show'));
  el.addEventListener('opin-hide', () => seen.push('hide'));
  el.addEventListener('opin-request-close', (event) =>
    seen.push(`request-close:${event.detail.source}`),
  );
  return seen;
}

describe('the dialog', () => {
  let stub: StubPanel;
  let el: OpinSupportElement;
  let panel: StubPanelInstance;

  beforeEach(async () => {
    stub = installStubPanel();
    el = await fixture<OpinSupportElement>(html`<opin-support api-base=${apiBase}></opin-support>`);
  });
  afterEach(() => stub.restore());

  /** Opens the dialog from the launcher, like a learner. */
  async function openFromLauncher(): Promise<void> {
    await sendMouse({ type: 'click', position: centreOf(launcherOf(el)) });
    panel = await stub.created();
    await nextFrame();
  }

  it('show(), hide() and toggle() open and close it, firing opin-show and opin-hide', async () => {
    const events = recordEvents(el);
    const shown = oneEvent(el, 'opin-show');
    el.show();
    const { detail, bubbles, composed } = (await shown) as CustomEvent<
      OpinSupportEventMap['opin-show']
    >;
    assert.deepEqual([detail, bubbles, composed], [{}, true, true]);
    assert.deepEqual(dialogOf(el).open, true);
    el.hide();
    assert.deepEqual(dialogOf(el).open, false);
    el.toggle();
    assert.deepEqual(el.open, true);
    el.toggle();
    assert.deepEqual(el.open, false);
    assert.deepEqual(events, ['show', 'hide', 'show', 'hide']);
  });

  it('does nothing on show() when already open, or hide() when closed', () => {
    const events = recordEvents(el);
    el.hide();
    el.show();
    el.show();
    el.hide();
    el.hide();
    assert.deepEqual(events, ['show', 'hide']);
  });

  it('follows dark mode: its frame is dark, its text light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      el.show();
      const style = getComputedStyle(dialogOf(el));
      assert.isBelow(contrastRatio(style.backgroundColor, 'rgb(0, 0, 0)'), 1.5, 'background');
      assert.isAbove(contrastRatio(style.color, style.backgroundColor), 7, 'text');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('is modal: the page behind it is inert', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    el.show();
    assert.deepEqual(dialogOf(el).matches(':modal'), true);
    outside.focus();
    assert.notStrictEqual(document.activeElement, outside);
    outside.remove();
  });

  it('closes on the panel close button after a cancelable opin-request-close', async () => {
    await openFromLauncher();
    const events = recordEvents(el);
    const request = oneEvent(el, 'opin-request-close');
    panel.closeButton.click();
    const event = await request;
    assert.deepEqual(event.cancelable, true);
    assert.deepEqual(events, ['request-close:close-button', 'hide']);
    assert.deepEqual(el.open, false);
  });

  it('stays open when opin-request-close is canceled', async () => {
    el.show();
    panel = await stub.created();
    el.addEventListener('opin-request-close', (event) => event.preventDefault(), { once: true });
    panel.host.requestClose('close-button');
    assert.deepEqual(el.open, true);
    assert.deepEqual(dialogOf(el).open, true);
  });

  it('closes on a click on the backdrop', async () => {
    await openFromLauncher();
    const request = oneEvent(el, 'opin-request-close');
    await sendMouse({ type: 'click', position: [2, 2] });
    const { detail } = (await request) as CustomEvent<OpinSupportEventMap['opin-request-close']>;
    assert.deepEqual(detail, { source: 'backdrop' });
    assert.deepEqual(el.open, false);
  });

  it('does not close on a click inside the panel', async () => {
    await openFromLauncher();
    await sendMouse({ type: 'click', position: centreOf(panel.heading) });
    assert.deepEqual(el.open, true);
  });

  it('closes on Escape and returns focus to the launcher', async () => {
    await openFromLauncher();
    const request = oneEvent(el, 'opin-request-close');
    await sendKeys({ press: 'Escape' });
    const { detail } = (await request) as CustomEvent<OpinSupportEventMap['opin-request-close']>;
    assert.deepEqual(detail, { source: 'escape' });
    await nextFrame();
    assert.deepEqual(el.open, false);
    assert.strictEqual(document.activeElement, el);
    assert.strictEqual(focusedIn(el), launcherOf(el));
  });

  it('moves focus into the panel, and Tab never reaches the page behind it', async () => {
    const before = document.createElement('button');
    const after = document.createElement('button');
    el.before(before);
    el.after(after);
    await openFromLauncher();
    assert.strictEqual(focusedIn(el), panel.heading);
    // Chromium's native modal lets Tab leave the last control for the browser's own UI (here:
    // no element), never for the inert page, and the next Tab comes back into the dialog.
    const visited: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = focusedIn(el);
      if (focused && dialogOf(el).contains(focused)) visited.push(focused.localName);
      else if (document.activeElement === document.body) visited.push('browser');
      else visited.push('page');
    }
    assert.deepEqual(visited, [
      'input',
      'button',
      'browser',
      'input',
      'button',
      'browser',
      'input',
    ]);
    before.remove();
    after.remove();
  });
});

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
