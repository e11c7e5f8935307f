/**
 * The launcher's language comes from the page when the page names one: the browser's languages
 * (`navigator.languages`, measurably slow to read at load) are read only when it does not.
 */
import { assert, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { launcherOf } from '../support/host.js';
import { installStubPanel, type StubPanel } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

describe('the launcher’s language at load', () => {
  let stub: StubPanel;
  let reads = 0;
  beforeEach(() => {
    stub = installStubPanel();
    reads = 0;
    Object.defineProperty(navigator, 'languages', {
      configurable: true,
      get: () => {
        reads += 1;
        return ['en-GB'];
      },
    });
  });
  afterEach(() => {
    stub.restore();
    // Back to the browser's own getter on Navigator.prototype.
    Reflect.deleteProperty(navigator, 'languages');
  });

  it('does not read the browser’s languages when the element or an ancestor names one', async () => {
    const own = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="sv"></opin-support>`,
    );
    const page = await fixture<HTMLElement>(
      html`<div lang="fi"><opin-support api-base=${apiBase}></opin-support></div>`,
    );
    assert.strictEqual(launcherOf(own).textContent, 'Behöver du hjälp?');
    const inherited = page.querySelector('opin-support');
    assert.strictEqual(inherited && launcherOf(inherited).textContent, 'Tarvitsetko apua?');
    assert.strictEqual(reads, 0);
  });

  it('reads them when the page names no supported language', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<div lang="de"><opin-support api-base=${apiBase}></opin-support></div>`,
    );
    const widget = el.querySelector('opin-support');
    assert.strictEqual(widget && launcherOf(widget).textContent, 'Need help?');
    assert.isAbove(reads, 0);
  });
});
