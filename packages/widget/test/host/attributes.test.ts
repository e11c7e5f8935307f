import { assert, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { dialogOf } from '../support/host.js';
import { installStubPanel, type StubPanel } from '../support/stub-panel.js';

const apiBase = 'https://support.example/api/v1';

describe('attributes and properties', () => {
  let stub: StubPanel;
  beforeEach(() => (stub = installStubPanel()));
  afterEach(() => stub.restore());

  it('reads every attribute through its property', async () => {
    const el = await fixture<OpinSupportElement>(html`
      <opin-support
        api-base=${apiBase}
        origin="helsinki"
        institution="aalto"
        topic="sign-in"
        mode="inline"
        language-switch="hidden"
      ></opin-support>
    `);
    assert.deepEqual(el.apiBase, apiBase);
    assert.deepEqual(el.origin, 'helsinki');
    assert.deepEqual(el.institution, 'aalto');
    assert.deepEqual(el.topic, 'sign-in');
    assert.deepEqual(el.mode, 'inline');
    assert.deepEqual(el.languageSwitch, 'hidden');
  });

  it('has the documented defaults', async () => {
    const el = await fixture<OpinSupportElement>(html`<opin-support></opin-support>`);
    assert.deepEqual(el.apiBase, '');
    assert.deepEqual(el.origin, 'opin');
    assert.deepEqual(el.institution, null);
    assert.deepEqual(el.topic, null);
    assert.deepEqual(el.mode, 'launcher');
    assert.deepEqual(el.open, false);
    assert.deepEqual(el.languageSwitch, 'shown');
  });

  it('treats an unknown mode as launcher', async () => {
    const el = await fixture<OpinSupportElement>(html`<opin-support mode="popup"></opin-support>`);
    assert.deepEqual(el.mode, 'launcher');
  });

  it('writes every property to its attribute', async () => {
    const el = await fixture<OpinSupportElement>(html`<opin-support></opin-support>`);
    el.apiBase = apiBase;
    el.origin = 'abo-akademi';
    el.institution = 'hanken';
    el.topic = 'credits-and-grades';
    el.mode = 'inline';
    el.languageSwitch = 'hidden';
    assert.deepEqual(el.getAttribute('api-base'), apiBase);
    assert.deepEqual(el.getAttribute('language-switch'), 'hidden');
    assert.deepEqual(el.getAttribute('origin'), 'abo-akademi');
    assert.deepEqual(el.getAttribute('institution'), 'hanken');
    assert.deepEqual(el.getAttribute('topic'), 'credits-and-grades');
    assert.deepEqual(el.getAttribute('mode'), 'inline');
    el.institution = null;
    el.topic = null;
    assert.deepEqual(el.hasAttribute('institution'), false);
    assert.deepEqual(el.hasAttribute('topic'), false);
  });

  it('reflects open: the property, the attribute and the dialog agree', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    el.open = true;
    assert.deepEqual(el.hasAttribute('open'), true);
    assert.deepEqual(dialogOf(el).open, true);
    el.removeAttribute('open');
    assert.deepEqual(el.open, false);
    assert.deepEqual(dialogOf(el).open, false);
    el.setAttribute('open', '');
    assert.deepEqual(dialogOf(el).open, true);
    el.hide();
    assert.deepEqual(el.open, false);
    assert.deepEqual(el.hasAttribute('open'), false);
  });

  it('opens at once when written with the open attribute', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} open></opin-support>`,
    );
    assert.deepEqual(dialogOf(el).open, true);
    assert.deepEqual(el.open, true);
  });

  it('gives the panel its configuration, with the resolved language', async () => {
    const el = await fixture<OpinSupportElement>(html`
      <opin-support
        api-base=${apiBase}
        origin="helsinki"
        topic="sign-in"
        lang="sv-FI"
        fallback-contact="mailto:tuki@example.fi"
      ></opin-support>
    `);
    el.show();
    const panel = await stub.created();
    assert.deepEqual(panel.config, {
      apiBase,
      origin: 'helsinki',
      institution: null,
      topic: 'sign-in',
      locale: 'sv',
      mode: 'launcher',
      languageSwitch: 'shown',
      fallbackContact: 'mailto:tuki@example.fi',
    });
    // Read when needed, so a page may set it after the panel has loaded.
    el.setAttribute('fallback-contact', 'https://example.fi/contact');
    assert.strictEqual(panel.config.fallbackContact, 'https://example.fi/contact');
  });

  it('tells the panel when an attribute changes', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase}></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    el.institution = 'tampere';
    el.lang = 'en';
    el.setAttribute('language-switch', 'hidden');
    const configs = panel.calls.flatMap((call) =>
      call.method === 'configure' ? [call.config] : [],
    );
    expect(configs.at(-1)).to.include({
      institution: 'tampere',
      locale: 'en',
      languageSwitch: 'hidden',
    });
  });

  it('reads lang as the language in use, resolved as the element resolves it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="sv-FI"><opin-support api-base=${apiBase}></opin-support></div>`,
    );
    const el = page.querySelector('opin-support');
    if (!el) throw new Error('no <opin-support>');
    assert.strictEqual(el.lang, 'sv', 'the ancestor’s lang');
    el.setAttribute('lang', 'EN-gb');
    assert.strictEqual(el.lang, 'en', 'its own lang attribute, regional tag mapped');
    el.setAttribute('lang', 'de');
    assert.strictEqual(el.lang, 'sv', 'an unsupported lang is skipped');
    el.show();
    const panel = await stub.created();
    panel.host.emit('opin-locale-change', { locale: 'fi' });
    assert.strictEqual(el.lang, 'fi', 'the learner’s pick in the panel');
    assert.strictEqual(el.getAttribute('lang'), 'de', 'the pick leaves the attribute alone');
  });

  it('reads lang as fi when neither the page nor the browser names a supported language', async () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, value: ['de-DE', 'ja'] });
    try {
      const el = await fixture<OpinSupportElement>(
        html`<opin-support api-base=${apiBase} lang="ru"></opin-support>`,
      );
      assert.strictEqual(el.lang, 'fi');
    } finally {
      Reflect.deleteProperty(navigator, 'languages');
    }
  });

  it('writes lang to the attribute, which wins over the learner’s pick when it changes', async () => {
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="fi"></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    panel.host.emit('opin-locale-change', { locale: 'en' });
    assert.strictEqual(el.lang, 'en');
    el.lang = 'sv-FI';
    assert.strictEqual(el.getAttribute('lang'), 'sv-FI');
    assert.strictEqual(el.lang, 'sv');
    const configs = panel.calls.flatMap((call) =>
      call.method === 'configure' ? [call.config] : [],
    );
    assert.strictEqual(configs.at(-1)?.locale, 'sv');
  });

  it('keeps the learner’s pick when lang is set to the value it already has', async () => {
    // @lit/react sets every prop on each render: a re-render must not undo the learner's choice.
    const el = await fixture<OpinSupportElement>(
      html`<opin-support api-base=${apiBase} lang="fi"></opin-support>`,
    );
    el.show();
    const panel = await stub.created();
    panel.host.emit('opin-locale-change', { locale: 'sv' });
    el.lang = 'fi';
    el.setAttribute('lang', 'fi');
    assert.strictEqual(el.lang, 'sv');
    const configs = panel.calls.flatMap((call) =>
      call.method === 'configure' ? [call.config] : [],
    );
    assert.strictEqual(configs.at(-1)?.locale, 'sv');
  });
});
