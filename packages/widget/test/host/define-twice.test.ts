import { assert } from '@open-wc/testing';
import { OpinSupportElement } from '../../src/opin-support.js';

describe('registering <opin-support> when the script is included twice', () => {
  it('defines the tag once and does not throw or warn on the second copy', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../../src/define.js');
      // A second copy of the define module (another URL, so it runs again), same element class.
      await import(new URL('../../src/define.ts?second-copy', import.meta.url).href);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(customElements.get('opin-support'), OpinSupportElement);
    assert.deepEqual(warnings, []);
  });
});
