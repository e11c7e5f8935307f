/**
 * The host with the real lazily loaded panel (Lit, SDK, locale) against the in-page mock API.
 */
import { assert, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { dialogOf, launcherOf } from '../support/host.js';
import { apiBase, resetMock } from '../support/mock-api.js';

describe('with the real panel', () => {
  before(async () => {
    // The panel's code, loaded ahead, so that the first test does not wait for it.
    await import('../../src/panel/index.js');
    await resetMock();
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`opens from the launcher in ${locale}, focuses the panel and closes on Escape`, async () => {
      const el = await fixture<OpinSupportElement>(
        html`<opin-support api-base=${apiBase} lang=${locale}></opin-support>`,
      );
      launcherOf(el).click();
      const dialog = dialogOf(el);
      const rendered = (): boolean =>
        [...dialog.querySelectorAll('*')].some((node) => node.shadowRoot?.childElementCount);
      await waitUntil(rendered, 'the panel did not render');
      await waitUntil(() => el.shadowRoot?.activeElement !== null, 'focus did not move in');
      const focused = el.shadowRoot?.activeElement;
      assert.deepEqual(focused && dialog.contains(focused), true);
      assert.isNull(dialog.querySelector('progress'), 'the busy indicator stayed');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open, 'Escape did not close the dialog');
    });
  }

  it('shows the inline panel in place of the busy indicator', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} mode="inline" lang="sv"></opin-support>`,
    );
    const root = el.shadowRoot;
    const rendered = (): boolean =>
      [...(root?.querySelectorAll('*') ?? [])].some((node) => node.shadowRoot?.childElementCount);
    await waitUntil(rendered, 'the inline panel did not render');
    assert.isNull(root?.querySelector('progress') ?? null, 'the busy indicator stayed');
  });

  it('lets the page style the panel through the parts header, body and footer', async () => {
    const style = document.createElement('style');
    style.textContent = ['header', 'body', 'footer']
      .map((part) => `opin-support::part(${part}) { outline: 3px solid rgb(1, 2, 3); }`)
      .join('\n');
    document.head.append(style);
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="en"></opin-support>`,
    );
    el.show();
    const parts = (): Element[] =>
      [...dialogOf(el).querySelectorAll('*')].flatMap((node) => [
        ...(node.shadowRoot?.querySelectorAll(
          '[part~="header"], [part~="body"], [part~="footer"]',
        ) ?? []),
      ]);
    await waitUntil(() => parts().length === 3, 'the panel has no header, body and footer parts');
    const outlines = parts().map((part) => getComputedStyle(part).outlineColor);
    style.remove();
    assert.deepEqual(outlines, ['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
  });

  it('leaves the default action of clicks inside the dialog alone (buttons submit, radios change)', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="sv"></opin-support>`,
    );
    el.show();
    const dialog = dialogOf(el);
    const buttonInPanel = (): Element | undefined =>
      [...dialog.querySelectorAll('*')]
        .map((node) => node.shadowRoot?.querySelector('button'))
        .find((button) => button != null) ?? undefined;
    await waitUntil(() => buttonInPanel(), 'the panel rendered no button');
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    buttonInPanel()?.dispatchEvent(click);
    assert.isFalse(click.defaultPrevented);
    assert.isTrue(el.open, 'a click inside the panel is not a click on the backdrop');
  });
});
