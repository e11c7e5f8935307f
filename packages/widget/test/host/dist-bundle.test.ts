/**
 * The shipped bundle (`dist/`, from `pnpm run build`): one launcher file that registers the element
 * and loads the split panel chunk on demand, and, for a remembered ticket, the reply badge's chunk
 * through the panel's. Skipped when the package has not been built.
 */
import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { apiBase, deskActions, fileTicket, resetMock } from '../support/mock-api.js';

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

  it('marks the launcher for a new reply to a remembered ticket, in Swedish', async () => {
    const created = await fileTicket({ language: 'sv' });
    const { id, createdAt } = created.ticket;
    // As the panel's ticket store keeps it (`src/panel/stores/ticket-store.ts`).
    localStorage.setItem(
      `opin-support:v1:tickets:${location.origin}`,
      JSON.stringify([{ id, accessToken: created.accessToken, createdAt }]),
    );
    await deskActions.reply('opin', id, 'Hej! Prova en annan webbläsare.');
    const el = await fixture<HTMLElement>(
      html`<opin-support api-base=${apiBase} lang="sv"></opin-support>`,
    );
    const launcher = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="launcher"]');
    await waitUntil(
      () => launcher?.ariaLabel === 'Behöver du hjälp? Nytt svar',
      'the launcher does not say that a reply came',
    );
    assert.isTrue(launcher?.classList.contains('new-reply'));
    el.remove();
    localStorage.clear();
  });
});
