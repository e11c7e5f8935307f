import { describe, expect, it } from 'vitest';
import { resolveLocale, supportedLocale } from '../../src/resolve-locale.js';

describe('resolveLocale', () => {
  it('takes the first candidate that names a supported language', () => {
    expect(resolveLocale(['sv', 'en'])).toBe('sv');
    expect(resolveLocale(['en', 'fi'])).toBe('en');
  });

  it('maps regional tags to their language', () => {
    expect(resolveLocale(['sv-FI'])).toBe('sv');
    expect(resolveLocale(['en-GB'])).toBe('en');
    expect(resolveLocale(['fi-FI'])).toBe('fi');
    expect(resolveLocale(['sv-Latn-FI'])).toBe('sv');
  });

  it('ignores the case of a tag', () => {
    expect(resolveLocale(['EN-gb'])).toBe('en');
    expect(resolveLocale(['SV'])).toBe('sv');
  });

  it('skips missing, empty and unsupported tags (the attribute, then the ancestor, then the browser)', () => {
    expect(resolveLocale([null, undefined, '', 'de-DE', 'en-US'])).toBe('en');
    expect(resolveLocale(['de', 'sv-SE', 'fi'])).toBe('sv');
  });

  it('does not mistake a language whose code merely starts like a supported one', () => {
    expect(resolveLocale(['fil', 'svx', 'eno', 'sv'])).toBe('sv');
    expect(resolveLocale(['en_US', 'sv'])).toBe('sv');
  });

  it('falls back to Finnish when nothing is supported', () => {
    expect(resolveLocale([])).toBe('fi');
    expect(resolveLocale(['de', 'ja-JP', null])).toBe('fi');
  });
});

describe('supportedLocale', () => {
  it('gives the first supported language, or nothing when none is', () => {
    expect(supportedLocale([null, 'sv-FI', 'en'])).toBe('sv');
    expect(supportedLocale(['de', undefined, ''])).toBeUndefined();
  });
});
