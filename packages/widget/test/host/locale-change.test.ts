/**
 * `opin-locale-change` with the real panel: it says that the learner switched the UI language in
 * the panel, so it fires for that (once, with the language) and never when the page sets `lang`,
 * whose change the launcher and the panel follow all the same.
 */
import { assert, fixture, html } from '@open-wc/testing';
import type { Locale } from '@opin/support-sdk';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { click } from '../panel/support/actions.js';
import { waitForText } from '../panel/support/dom.js';
import { panelShowing } from '../security/support/widget.js';
import { launcherOf } from '../support/host.js';
import { apiBase, resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

/** Adds the widget in `lang` and records the `detail` of every `opin-locale-change` it fires. */
async function widgetIn(lang: Locale) {
  const el = await fixture<OpinSupportElement>(
    html`<opin-support api-base=${apiBase} lang=${lang}></opin-support>`,
  );
  const details: unknown[] = [];
  el.addEventListener('opin-locale-change', (event) => details.push(event.detail));
  return { el, details };
}

describe('opin-locale-change with the real panel', () => {
  before(() => resetMock());
  afterEach(() => localStorage.clear());

  it('fires once, with the language, when the learner switches it in the panel', async () => {
    const { el, details } = await widgetIn('en');
    el.show();
    const panel = await panelShowing(el, 'opin-support-start-step >> button.choice');
    await click(panel, 'Svenska');
    await waitForText(panel, 'Hur kan vi hjälpa dig?');
    await waitUntil(() => launcherOf(el).textContent === 'Behöver du hjälp?');
    assert.deepEqual(details, [{ locale: 'sv' }]);
    assert.strictEqual(el.lang, 'sv');
    assert.strictEqual(el.getAttribute('lang'), 'en');
  });

  it('does not fire when the page sets lang, as attribute or property; the widget follows', async () => {
    const { el, details } = await widgetIn('en');
    el.show();
    const panel = await panelShowing(el, 'opin-support-start-step >> button.choice');
    el.setAttribute('lang', 'fi');
    await waitForText(panel, 'Miten voimme auttaa?');
    assert.strictEqual(launcherOf(el).textContent, 'Tarvitsetko apua?');
    assert.strictEqual(panel.lang, 'fi');
    el.lang = 'sv';
    await waitForText(panel, 'Hur kan vi hjälpa dig?');
    assert.strictEqual(launcherOf(el).textContent, 'Behöver du hjälp?');
    assert.strictEqual(panel.lang, 'sv');
    assert.deepEqual(details, []);
    // The listener hears the learner's own switch that follows: only that one.
    await click(panel, 'English');
    await waitForText(panel, 'How can we help?');
    assert.deepEqual(details, [{ locale: 'en' }]);
    assert.strictEqual(el.lang, 'en');
  });
});
