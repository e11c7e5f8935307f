import { describe, expect, it } from 'vitest';
import { supportedLocale } from '../../src/supported-locale.js';

describe('supportedLocale', () => {
  it('takes the first candidate that names a supported language', () => {
    expect(supportedLocale(['sv', 'en'])).toBe('sv');
    expect(supportedLocale(['en', 'fi'])).toBe('en');
  });

  it('maps regional tags to their language', () => {
    expect(supportedLocale(['sv-FI'])).toBe('sv');
    expect(supportedLocale(['en-GB'])).toBe('en');
    expect(supportedLocale(['fi-FI'])).toBe('fi');
    expect(supportedLocale(['sv-Latn-FI'])).toBe('sv');
  });

  it('ignores the case of a tag', () => {
    expect(supportedLocale(['EN-gb'])).toBe('en');
    expect(supportedLocale(['SV'])).toBe('sv');
  });

  it('skips missing, empty and unsupported tags (the attribute, then the ancestor, then the browser)', () => {
    expect(supportedLocale([null, undefined, '', 'de-DE', 'en-US'])).toBe('en');
    expect(supportedLocale(['de', 'sv-SE', 'fi'])).toBe('sv');
  });

  it('does not mistake a language whose code merely starts like a supported one', () => {
    expect(supportedLocale(['fil', 'svx', 'eno', 'sv'])).toBe('sv');
    expect(supportedLocale(['en_US', 'sv'])).toBe('sv');
  });

  it('gives nothing when no candidate is supported (the host element then speaks Finnish)', () => {
    expect(supportedLocale([])).toBeUndefined();
    expect(supportedLocale(['de', 'ja-JP', null, undefined, ''])).toBeUndefined();
  });
});
