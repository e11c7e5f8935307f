/**
 * The host's busy indicator in the panel's container (`PanelModule.createPanel`): it stays until
 * the panel shows something, then goes.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { buildPanel, type PanelControl } from '../../src/panel/index.js';
import { apiBase, resetMock } from '../support/mock-api.js';

describe('the busy indicator the host leaves in the container', () => {
  let container: HTMLElement;
  let handle: PanelControl | undefined;
  before(() => resetMock());
  beforeEach(() => {
    container = document.createElement('div');
    container.append(document.createElement('progress'));
    document.body.append(container);
  });
  afterEach(() => {
    handle?.disconnect();
    container.remove();
  });

  for (const locale of ['sv', 'fi', 'en'] as const) {
    it(`stays until the panel has rendered in ${locale}, then goes`, async () => {
      const busy = container.querySelector('progress');
      if (!busy) throw new Error('no busy indicator to start with');
      let renderedWhenRemoved: boolean | undefined;
      const observer = new MutationObserver(() => {
        if (renderedWhenRemoved !== undefined || busy.isConnected) return;
        const panel = container.querySelector('opin-support-panel');
        renderedWhenRemoved = Boolean(panel?.shadowRoot?.querySelector('[part~="header"]'));
      });
      observer.observe(container, { childList: true });
      handle = buildPanel(
        container,
        {
          apiBase,
          origin: 'opin',
          institution: null,
          topic: null,
          locale,
          mode: 'inline',
          languageSwitch: 'shown',
          fallbackContact: null,
        },
        { emit: () => undefined, requestClose: () => undefined },
      );
      assert.isTrue(busy.isConnected, 'removed before the panel rendered anything');
      await waitUntil(() => !busy.isConnected, 'the busy indicator stayed');
      observer.disconnect();
      assert.isTrue(renderedWhenRemoved, 'removed before the panel showed its header');
      assert.isNotNull(container.querySelector('opin-support-panel'));
    });
  }
});
