/// <reference types="mocha" />
/**
 * The script included twice, all of it: besides the host element's registration (see
 * `test/host/define-twice.test.ts`), a second copy of the panel module and of the ticket steps
 * registers nothing twice, throws nothing, warns nothing, and the widget still takes the learner
 * from a topic to the ticket form.
 */
import { assert } from '@open-wc/testing';
import '../../src/define.js';
import { click } from '../panel/support/actions.js';
import { waitForElement } from '../panel/support/dom.js';
import { resetMock } from '../support/mock-api.js';
import { recordPageErrors } from './support/page-errors.js';
import { addWidget, openWidget } from './support/widget.js';

/** Imports a module again under another URL, so that it runs a second time. */
const importAgain = (path: string) => import(new URL(`${path}?second-copy`, import.meta.url).href);

describe('the script included twice', () => {
  before(() => resetMock());

  it('registers every element once and still works', async () => {
    const page = recordPageErrors();
    try {
      await importAgain('../../src/define.ts');
      const widget = addWidget();
      const panel = await openWidget(widget);
      await importAgain('../../src/panel/index.ts');
      await importAgain('../../src/panel/steps/ticket-steps.ts');
      await click(panel, 'I cannot sign in to Opin.fi');
      await click(panel, 'Write to support');
      await waitForElement(panel, 'opin-support-form-step >> #subject');
      widget.remove();
    } finally {
      page.stop();
    }
    assert.deepEqual(
      [page.rejections, page.errors, page.consoleErrors, page.consoleWarnings],
      [[], [], [], []],
    );
  });
});
