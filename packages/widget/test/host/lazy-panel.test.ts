import { assert, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { dialogOf, focusedIn, launcherOf } from '../support/host.js';
import { installStubPanel, type StubPanel } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

const launcherWidget = (): Promise<OpinSupportElement> =>
  fixture<OpinSupportElement>(html`<opin-support api-base=${apiBase}></opin-support>`);

describe('loading the panel', () => {
  let stub: StubPanel;
  beforeEach(() => (stub = installStubPanel()));
  afterEach(() => stub.restore());

  it('does not load it while nobody touches the launcher', async () => {
    await launcherWidget();
    await nextFrame();
    assert.deepEqual(stub.loads, 0);
  });

  it('prefetches it on the first hover without opening the dialog', async () => {
    const el = await launcherWidget();
    launcherOf(el).dispatchEvent(new PointerEvent('pointerenter'));
    await stub.created();
    assert.deepEqual(stub.loads, 1);
    assert.deepEqual(dialogOf(el).open, false);
  });

  it('prefetches it when the launcher gets keyboard focus', async () => {
    const el = await launcherWidget();
    await sendKeys({ press: 'Tab' });
    await stub.created();
    assert.strictEqual(focusedIn(el), launcherOf(el));
    assert.deepEqual(dialogOf(el).open, false);
  });

  it('loads it and opens the dialog on click, focusing the panel', async () => {
    const el = await launcherWidget();
    launcherOf(el).click();
    const panel = await stub.created();
    await nextFrame();
    assert.deepEqual(dialogOf(el).open, true);
    expect(panel.calls).to.deep.include({ method: 'focus' });
    assert.deepEqual(dialogOf(el).contains(panel.container), true);
  });

  it('shows a busy indicator in the open dialog until the panel is there', async () => {
    const release = stub.hold();
    const el = await launcherWidget();
    launcherOf(el).click();
    await nextFrame();
    const busy = dialogOf(el).querySelector('progress');
    assert.isNotNull(busy, 'no busy indicator');
    assert.isTrue(busy.checkVisibility(), 'the busy indicator is hidden');
    assert.isFalse(busy.hasAttribute('value'), 'the indicator is not indeterminate');
    // Named after the widget, in its language: "Opin.fi support, progress bar, busy".
    assert.strictEqual(busy.getAttribute('aria-label'), dialogOf(el).getAttribute('aria-label'));
    el.lang = 'sv';
    assert.strictEqual(busy.getAttribute('aria-label'), 'Opin.fi-supporten');
    assert.isAbove(busy.getBoundingClientRect().width, dialogOf(el).clientWidth / 2);
    await expect(el).to.be.accessible();
    release();
    await stub.created();
  });

  it('keeps the busy indicator for the next try when the panel fails to load', async () => {
    stub.failNextLoad();
    const el = await launcherWidget();
    // Read as the dialog closes: returning focus to the launcher already starts the next try.
    let busyAtClose: Element | null = null;
    el.addEventListener('opin-hide', () => (busyAtClose = dialogOf(el).querySelector('progress')), {
      once: true,
    });
    launcherOf(el).click();
    await waitUntil(() => stub.loads === 2, 'closing did not start the next try');
    assert.isNotNull(busyAtClose, 'the failed load took the busy indicator away');
  });

  it('loads it only once, however often the launcher is touched', async () => {
    const el = await launcherWidget();
    const launcher = launcherOf(el);
    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    launcher.dispatchEvent(new FocusEvent('focus'));
    launcher.click();
    await stub.created();
    el.hide();
    launcher.click();
    await nextFrame();
    assert.deepEqual(stub.loads, 1);
    expect(stub.panels).to.have.length(1);
  });

  it('loads it at once in inline mode, in place and without a launcher', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} mode="inline"></opin-support>`,
    );
    const panel = await stub.created();
    assert.deepEqual(panel.config.mode, 'inline');
    assert.deepEqual(launcherOf(el).hidden, true);
    assert.strictEqual(panel.container.parentNode, el.shadowRoot);
    assert.deepEqual(panel.container.checkVisibility(), true);
  });

  it('closes the dialog when the chunk fails to load, and loads it again on the next try', async () => {
    const el = await launcherWidget();
    stub.failNextLoad();
    const hidden = oneEvent(el, 'opin-hide');
    el.show();
    await hidden;
    assert.deepEqual(dialogOf(el).open, false);
    assert.strictEqual(focusedIn(el), launcherOf(el));
    el.show();
    await stub.created();
    expect(stub.loads).to.be.greaterThan(1);
    assert.deepEqual(dialogOf(el).open, true);
  });
});

describe('method calls before the panel has loaded', () => {
  let stub: StubPanel;
  beforeEach(() => (stub = installStubPanel()));
  afterEach(() => stub.restore());

  it('are queued and applied in order once it has loaded', async () => {
    const el = await launcherWidget();
    el.prefill({ subject: 'Kirjautuminen', email: 'oppija@example.fi' });
    el.showTicket('OPIN-000123', 'token-123');
    assert.deepEqual(stub.loads, 0);
    el.show();
    const panel = await stub.created();
    const commands = panel.calls.flatMap((call) => (call.method === 'run' ? [call.command] : []));
    assert.deepEqual(commands, [
      { kind: 'prefill', fields: { subject: 'Kirjautuminen', email: 'oppija@example.fi' } },
      { kind: 'showTicket', id: 'OPIN-000123', accessToken: 'token-123' },
    ]);
  });

  it('keep their order with calls made while it is loading', async () => {
    const el = await launcherWidget();
    const release = stub.hold();
    el.prefill({ name: 'Aino' });
    el.show();
    el.showTicket('OPIN-000007', 'token-7');
    release();
    const panel = await stub.created();
    el.prefill({ subject: 'After' });
    const commands = panel.calls.flatMap((call) =>
      call.method === 'run' ? [call.command.kind] : [],
    );
    assert.deepEqual(commands, ['prefill', 'showTicket', 'prefill']);
  });

  it('reset() loads the panel so stored tickets are forgotten now (logout)', async () => {
    const el = await launcherWidget();
    el.reset();
    const panel = await stub.created();
    expect(panel.calls).to.deep.include({ method: 'run', command: { kind: 'reset' } });
    assert.deepEqual(dialogOf(el).open, false);
  });
});
