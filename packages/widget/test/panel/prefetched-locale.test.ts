/**
 * The panel's take-over of the host's import of a locale's chunk (`src/panel/localization.ts`,
 * `offerLocale`): the next load of that locale, and only of that one, takes its translations from
 * it; when the host's import failed, the panel imports the chunk itself. The tests run in order in
 * a page of their own, so the language they switch is this file's alone.
 */
import { assert } from '@open-wc/testing';
import { msg } from '@lit/localize';
import type { PrefetchedLocale } from '../../src/panel-contract.js';
import { activeLocale, applyLocale, offerLocale } from '../../src/panel/localization.js';

const title = () => msg('Opin.fi support', { id: 'panel.title' });
const hostsImport: PrefetchedLocale = Promise.resolve({
  templates: { 'panel.title': 'From the host’s import' },
});

describe('taking over the host’s import of a locale chunk', () => {
  it('does not answer another locale with it', async () => {
    offerLocale('fi', hostsImport);
    await applyLocale('sv');
    assert.strictEqual(activeLocale(), 'sv');
    assert.strictEqual(title(), 'Opin.fi-supporten');
  });

  it('takes the translations of its locale from it', async () => {
    await applyLocale('fi');
    assert.strictEqual(activeLocale(), 'fi');
    assert.strictEqual(title(), 'From the host’s import');
  });

  it('imports the chunk itself when the host’s import failed', async () => {
    // The launcher's `import(chunk).catch(ignore)` resolves to `undefined` on failure.
    offerLocale('sv', Promise.resolve(undefined));
    await applyLocale('sv');
    assert.strictEqual(activeLocale(), 'sv');
    assert.strictEqual(title(), 'Opin.fi-supporten');
  });
});
