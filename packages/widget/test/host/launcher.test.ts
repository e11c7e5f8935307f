import { assert, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { hostStrings } from '../../src/host-strings.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { supportedLocale } from '../../src/supported-locale.js';
import { dialogOf, launcherOf } from '../support/host.js';
import { installStubPanel, type StubPanel } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

describe('the launcher', () => {
  let stub: StubPanel;
  beforeEach(() => (stub = installStubPanel()));
  afterEach(() => stub.restore());

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`is labelled in ${locale} when lang="${locale}"`, async () => {
      const el = await fixture<OpinSupportElement>(
        html`<opin-support api-base=${apiBase} lang=${locale}></opin-support>`,
      );
      const launcher = launcherOf(el);
      assert.deepEqual(launcher.textContent, hostStrings[locale].launcher);
      assert.deepEqual(launcher.lang, locale);
      assert.deepEqual(dialogOf(el).getAttribute('aria-label'), hostStrings[locale].dialog);
    });
  }

  it('speaks Swedish for the regional tag sv-FI', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="sv-FI"></opin-support>`,
    );
    assert.deepEqual(launcherOf(el).textContent, 'Behöver du hjälp?');
  });

  it("takes the closest ancestor's language when it has no lang of its own", async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fi-FI">
        <section><opin-support api-base=${apiBase}></opin-support></section>
      </div>`,
    );
    const el = page.querySelector('opin-support');
    assert.deepEqual(el && launcherOf(el).textContent, 'Tarvitsetko apua?');
  });

  it("skips an unsupported lang and falls back to the browser's languages", async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de"><opin-support api-base=${apiBase} lang="de-DE"></opin-support></div>`,
    );
    const el = page.querySelector('opin-support');
    const expected = supportedLocale(navigator.languages) ?? 'fi';
    assert.deepEqual(el && launcherOf(el).textContent, hostStrings[expected].launcher);
  });

  it('speaks Finnish when neither the page nor the browser names a supported language', async () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, value: ['de-DE', 'ja'] });
    try {
      const page = await fixture<HTMLElement>(
        html`<div lang="de"><opin-support api-base=${apiBase} lang="ru"></opin-support></div>`,
      );
      const el = page.querySelector('opin-support');
      assert.deepEqual(el && launcherOf(el).textContent, 'Tarvitsetko apua?');
      assert.deepEqual(el && dialogOf(el).lang, 'fi');
    } finally {
      // Back to the browser's own getter on Navigator.prototype.
      Reflect.deleteProperty(navigator, 'languages');
    }
  });

  it('follows a change of its lang attribute', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="fi"></opin-support>`,
    );
    el.lang = 'en-GB';
    assert.deepEqual(launcherOf(el).textContent, 'Need help?');
  });

  it('follows the language the learner picks in the panel', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="fi"></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    panel.host.emit('opin-locale-change', { locale: 'sv' });
    assert.deepEqual(launcherOf(el).textContent, 'Behöver du hjälp?');
    assert.deepEqual(dialogOf(el).lang, 'sv');
  });

  it('is a button that announces a dialog, fixed on the page', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    const launcher = launcherOf(el);
    assert.deepEqual(launcher.localName, 'button');
    assert.deepEqual(launcher.getAttribute('aria-haspopup'), 'dialog');
    assert.deepEqual(getComputedStyle(launcher).position, 'fixed');
  });

  it('takes its colours and position from the documented custom properties', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support
        api-base=${apiBase}
        style="--opin-support-accent: rgb(1, 2, 3); --opin-support-accent-contrast: rgb(250, 250, 250); --opin-support-inset: 7px"
      ></opin-support>`,
    );
    const style = getComputedStyle(launcherOf(el));
    assert.deepEqual(style.backgroundColor, 'rgb(1, 2, 3)');
    assert.deepEqual(style.color, 'rgb(250, 250, 250)');
    assert.deepEqual(style.right, '7px');
    assert.deepEqual(style.bottom, '7px');
  });

  describe('accessibility', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      it(`passes axe in ${locale}`, async () => {
        const el = await fixture<OpinSupportElement>(
          html`<opin-support api-base=${apiBase} lang=${locale}></opin-support>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await fixture<OpinSupportElement>(
          html`<opin-support api-base=${apiBase} lang="fi"></opin-support>`,
        );
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });
});
