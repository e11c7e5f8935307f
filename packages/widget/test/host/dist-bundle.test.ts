/**
 * The shipped bundle (`dist/`, from `pnpm run build`): one launcher file that registers the element
 * and loads the split panel chunk on demand. Skipped when the package has not been built.
 */
import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { apiBase, resetMock } from '../support/mock-api.js';

const bundle = new URL('../../dist/opin-support.js', import.meta.url).href;

describe('the built bundle', () => {
  before(async function (this: Mocha.Context) {
    const response = await fetch(bundle, { method: 'HEAD' });
    if (!response.ok) {
      console.info('Skipped: dist/opin-support.js is not built (run `pnpm run build`).');
      this.skip();
    }
    await resetMock();
    await import(bundle);
  });

  it('registers <opin-support> and opens its panel from the launcher', async () => {
    const el = await fixture<HTMLElement>(
      html`<opin-support api-base=${apiBase} lang="sv"></opin-support>`,
    );
    const launcher = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="launcher"]');
    assert.deepEqual(launcher?.textContent, 'Behöver du hjälp?');
    launcher?.click();
    const dialog = el.shadowRoot?.querySelector('dialog');
    assert.deepEqual(dialog?.open, true);
    const rendered = (): boolean =>
      [...(dialog?.querySelectorAll('*') ?? [])].some((node) => node.shadowRoot?.childElementCount);
    await waitUntil(rendered, 'the panel chunk did not render');
  });
});
