/// <reference types="mocha" />
/**
 * The dialog with the real panel in it, on every screen: on a desktop a panel beside the page
 * (non-modal, over the launcher's corner); on a phone or at high zoom a full-screen modal sheet;
 * in dark mode a dark frame.
 */
import { assert } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { contrastRatio } from '../a11y/support/contrast.js';
import { addWidget, openWidget } from '../security/support/widget.js';
import { dialogOf, focusedIn, launcherOf } from '../support/host.js';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

describe('the dialog on every screen', () => {
  let element: OpinSupportElement | undefined;
  before(() => resetMock());
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    element?.remove();
    localStorage.clear();
  });

  it('is a panel beside the page on a desktop (1280 × 800), the page still usable', async () => {
    await setViewport({ width: 1280, height: 800 });
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      element = addWidget({ lang: 'fi' });
      await openWidget(element);
      const dialog = dialogOf(element);
      assert.isFalse(dialog.matches(':modal'));
      const box = dialog.getBoundingClientRect();
      assert.approximately(box.width, 440, 1);
      assert.approximately(box.right, innerWidth - 24, 1);
      assert.approximately(box.bottom, innerHeight - 24, 1);
      assert.isAtMost(box.height, 722);
      outside.focus();
      assert.strictEqual(document.activeElement, outside);
    } finally {
      outside.remove();
    }
  });

  for (const [name, width, height] of [
    ['a phone (390 × 844)', 390, 844],
    ['200 % zoom of 1280 × 720 (640 × 360)', 640, 360],
  ] as const) {
    it(`is a full-screen modal sheet on ${name}`, async () => {
      await setViewport({ width, height });
      const outside = document.createElement('button');
      document.body.append(outside);
      try {
        element = addWidget({ lang: 'sv' });
        await openWidget(element);
        const dialog = dialogOf(element);
        await waitUntil(() => dialog.matches(':modal'), 'the sheet is not modal');
        const box = dialog.getBoundingClientRect();
        assert.deepEqual(
          [box.left, box.top, box.width, box.height],
          [0, 0, innerWidth, innerHeight],
          'the panel covers the viewport',
        );
        outside.focus();
        assert.notStrictEqual(document.activeElement, outside, 'the covered page is inert');
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'Escape did not close the sheet');
        assert.strictEqual(focusedIn(element), launcherOf(element));
      } finally {
        outside.remove();
      }
    });
  }

  it('has a dark frame in dark mode', async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'dark' });
    try {
      element = addWidget({ lang: 'en' });
      await openWidget(element);
      const style = getComputedStyle(dialogOf(element));
      assert.isBelow(contrastRatio(style.backgroundColor, 'rgb(0, 0, 0)'), 1.5, 'background');
      assert.isAbove(contrastRatio(style.color, style.backgroundColor), 7, 'text');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
