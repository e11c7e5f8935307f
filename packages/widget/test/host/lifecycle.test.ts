import { assert, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { dialogOf, launcherOf } from '../support/host.js';
import { installStubPanel, type StubPanel } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

describe('removing and re-adding the element', () => {
  let stub: StubPanel;
  beforeEach(() => (stub = installStubPanel()));
  afterEach(() => stub.restore());

  it('tells the panel to disconnect and closes the dialog when removed', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    const parent = el.parentElement;
    el.remove();
    assert.deepEqual(panel.calls.at(-1), { method: 'disconnect' });
    assert.deepEqual(dialogOf(el).open, false);
    assert.deepEqual(el.open, false);
    // The panel is gone; only the busy indicator waits for the next one.
    assert.deepEqual(
      [...panel.container.children].map((child) => child.localName),
      ['progress'],
    );
    parent?.append(el);
  });

  it('keeps working after being added again, with a fresh panel', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    el.show();
    await stub.created();
    const parent = el.parentElement;
    el.remove();
    parent?.append(el);
    el.prefill({ subject: 'Again' });
    const shown = oneEvent(el, 'opin-show');
    launcherOf(el).click();
    await shown;
    const second = await stub.created(2);
    assert.deepEqual(dialogOf(el).open, true);
    expect(second.calls).to.deep.include({
      method: 'run',
      command: { kind: 'prefill', fields: { subject: 'Again' } },
    });
    assert.deepEqual(stub.loads, 1);
  });

  it('recreates the panel at once when an inline widget is added again', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} mode="inline"></opin-support>`,
    );
    const first = await stub.created();
    const parent = el.parentElement;
    el.remove();
    parent?.append(el);
    const second = await stub.created(2);
    expect(first.calls).to.deep.include({ method: 'disconnect' });
    expect(second.container.childElementCount).to.be.greaterThan(0);
  });

  it('passes the panel events on to the page, bubbling and composed', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    const created = oneEvent(document, 'opin-ticket-created');
    const detail = {
      id: 'OPIN-000001',
      receivingDesk: 'opin',
      answeringDesk: 'opin',
      language: 'fi',
    } as const;
    panel.host.emit('opin-ticket-created', detail);
    const event = (await created) as CustomEvent<typeof detail>;
    assert.deepEqual(event.detail, detail);
    assert.strictEqual(event.target, el);
  });
});
