import { describe, expect, it } from 'vitest';
import { bytesBySource } from '../../scripts/bundle/source-map-bytes.js';

// Line 1 has no mapping (like the compile hint); line 2 maps `a` to a.ts and `b` to b.ts; line 3
// maps all of `cö` to a.ts again (source index back by one: `D`).
const code = '//hint\nab\ncö';
const map = { sources: ['a.ts', 'b.ts'], mappings: ';AAAA,CCAA;ADAA' };

describe('bytesBySource', () => {
  it('gives each source the bytes from its mappings to the next, in UTF-8', () => {
    expect(Object.fromEntries(bytesBySource(code, map))).toEqual({
      null: 7,
      'a.ts': 4,
      'b.ts': 2,
    });
  });

  it('accounts for every byte of the file', () => {
    const total = [...bytesBySource(code, map).values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBe(Buffer.byteLength(code));
  });

  it('refuses mappings that are not Base64 VLQ', () => {
    expect(() => bytesBySource('x', { sources: ['a.ts'], mappings: 'A!AA' })).toThrow();
  });
});
