/**
 * What the first interaction requests, with the real panel loader (from source, where the locale
 * chunks have no built names: tests/e2e/one-round-trip.test.ts holds the built widget to the whole
 * of it). The launcher asks for the start step's topics in the same task as the click, hover,
 * focus or connection of an inline widget, together with the panel's code, and the panel uses
 * that response instead of asking again.
 */
import { assert, fixture, html } from '@open-wc/testing';
import type { Locale } from '@opin/support-sdk';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { panelShowing } from '../security/support/widget.js';
import { launcherOf } from '../support/host.js';
import { apiBase, resetMock } from '../support/mock-api.js';

/** Records the topics requests that reach the page's `fetch` from now on. */
function recordTopicsRequests(): { locales: string[]; restore(): void } {
  const original = window.fetch.bind(window);
  const locales: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    if (url.pathname.endsWith('/topics')) locales.push(url.searchParams.get('locale') ?? '');
    return original(input, init);
  };
  return { locales, restore: () => (window.fetch = original) };
}

const widget = (lang: Locale, mode = 'launcher') =>
  fixture<OpinSupportElement>(
    html`<opin-support api-base=${apiBase} lang=${lang} mode=${mode}></opin-support>`,
  );

/** The start step with its topics. */
const topicsShown = (el: OpinSupportElement) =>
  panelShowing(el, 'opin-support-start-step >> button.choice');

describe('what the first interaction requests', () => {
  let topics: ReturnType<typeof recordTopicsRequests>;
  before(() => resetMock());
  beforeEach(() => (topics = recordTopicsRequests()));
  afterEach(() => topics.restore());

  it('a click asks for the topics at once, and the panel shows that response', async () => {
    const el = await widget('sv');
    launcherOf(el).click();
    assert.deepEqual(topics.locales, ['sv'], 'not asked in the same task as the click');
    await topicsShown(el);
    assert.deepEqual(topics.locales, ['sv'], 'asked again');
  });

  for (const event of ['pointerenter', 'focus'] as const) {
    it(`${event} on the launcher asks for them, and the click then for nothing more`, async () => {
      const el = await widget('fi');
      launcherOf(el).dispatchEvent(new Event(event));
      assert.deepEqual(topics.locales, ['fi']);
      launcherOf(el).click();
      await topicsShown(el);
      assert.deepEqual(topics.locales, ['fi']);
    });
  }

  it('an inline widget asks for them as it connects', async () => {
    const el = await widget('en', 'inline');
    assert.deepEqual(topics.locales, ['en']);
    await topicsShown(el);
    assert.deepEqual(topics.locales, ['en']);
  });

  it('when the language changes before the panel is there, the panel asks for its own', async () => {
    const el = await widget('fi');
    launcherOf(el).dispatchEvent(new Event('pointerenter'));
    el.lang = 'sv';
    launcherOf(el).click();
    const panel = await topicsShown(el);
    assert.deepEqual(topics.locales, ['fi', 'sv']);
    assert.strictEqual(panel.locale, 'sv');
  });
});
