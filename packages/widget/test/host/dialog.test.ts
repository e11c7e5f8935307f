import { assert, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OpinSupportEventMap } from '../../src/events.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
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

  it('is not modal on a desktop: the page beside it stays usable by pointer and keyboard', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Page button';
    outside.style.cssText = 'position: fixed; top: 8px; left: 8px';
    const text = document.createElement('p');
    text.textContent = 'ERR_COURSE_FULL';
    text.style.cssText = 'position: fixed; top: 64px; left: 8px; margin: 0';
    let clicks = 0;
    outside.addEventListener('click', () => (clicks += 1));
    document.body.append(outside, text);
    try {
      await openFromLauncher();
      assert.isTrue(dialogOf(el).open);
      assert.isFalse(dialogOf(el).matches(':modal'));
      // A modal dialog's backdrop would take these; inert text is not hit at all.
      const [x, y] = centreOf(text);
      assert.strictEqual(document.elementFromPoint(x, y), text, 'the page text is there to select');
      await sendMouse({ type: 'click', position: centreOf(outside) });
      assert.strictEqual(clicks, 1, 'a click reaches the page');
      assert.strictEqual(document.activeElement, outside, 'the page takes focus');
      assert.isTrue(el.open, 'a click on the page leaves the panel open');
    } finally {
      outside.remove();
      text.remove();
    }
  });

  it('sits where the launcher is, inside the viewport', async () => {
    await openFromLauncher();
    const dialog = dialogOf(el).getBoundingClientRect();
    const launcher = launcherOf(el).getBoundingClientRect();
    assert.approximately(dialog.right, launcher.right, 1);
    assert.approximately(dialog.bottom, launcher.bottom, 1);
    assert.isAtLeast(dialog.top, 0);
    assert.isAtLeast(dialog.left, 0);
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

  it('stays open on Escape when the page cancels opin-request-close', async () => {
    await openFromLauncher();
    el.addEventListener('opin-request-close', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    assert.isTrue(el.open);
    assert.isTrue(dialogOf(el).open);
  });

  it('leaves Escape pressed on the page to the page', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      await openFromLauncher();
      outside.focus();
      await sendKeys({ press: 'Escape' });
      await nextFrame();
      assert.isTrue(el.open);
    } finally {
      outside.remove();
    }
  });

  it('moves focus into the panel, and Tab goes on to the page after it, as in its place', async () => {
    const before = document.createElement('button');
    const after = document.createElement('button');
    el.before(before);
    el.after(after);
    await openFromLauncher();
    assert.strictEqual(focusedIn(el), panel.heading);
    const visited: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = focusedIn(el);
      if (focused && dialogOf(el).contains(focused)) visited.push(focused.localName);
      else if (document.activeElement === after) visited.push('page after');
      else visited.push('elsewhere');
    }
    assert.deepEqual(visited, ['input', 'button', 'page after']);
    assert.isTrue(el.open, 'leaving by Tab keeps the panel open');
    before.remove();
    after.remove();
  });
});

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
