import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostStrings } from '../../src/host-strings.js';

const xliff = (locale: 'fi' | 'sv'): string =>
  readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');

/** The source and target of one trans-unit of the panel's translations. */
function translation(locale: 'fi' | 'sv', id: string): { source?: string; target?: string } {
  const unit = new RegExp(`<trans-unit id="${id}">([\\s\\S]*?)</trans-unit>`).exec(xliff(locale));
  const text = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(unit?.[1] ?? '')?.[1];
  return { source: text('source'), target: text('target') };
}

describe("the host element's own strings", () => {
  it('exist in Finnish, Swedish and English', () => {
    for (const strings of Object.values(hostStrings)) {
      expect(strings.launcher.trim()).not.toBe('');
      expect(strings.dialog.trim()).not.toBe('');
    }
  });

  it('are really translated: no Finnish or Swedish launcher label equals the English one', () => {
    expect(hostStrings.fi.launcher).not.toBe(hostStrings.en.launcher);
    expect(hostStrings.sv.launcher).not.toBe(hostStrings.en.launcher);
    expect(hostStrings.fi.launcher).not.toBe(hostStrings.sv.launcher);
  });

  it("name the dialog as the panel's translations name its title (panel.title)", () => {
    for (const locale of ['fi', 'sv'] as const) {
      const { source, target } = translation(locale, 'panel.title');
      expect(source).toBe(hostStrings.en.dialog);
      expect(target).toBe(hostStrings[locale].dialog);
    }
  });
});
