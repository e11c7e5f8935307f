import { assert, expect } from '@open-wc/testing';
import { OpinSupportElement } from '../../src/opin-support.js';

describe('registering <opin-support> when another version holds the tag', () => {
  it('leaves the other version in charge and warns once, without throwing', async () => {
    class OtherVersion extends HTMLElement {}
    customElements.define('opin-support', OtherVersion);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../../src/define.js');
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(customElements.get('opin-support'), OtherVersion);
    assert.notDeepEqual(customElements.get('opin-support'), OpinSupportElement);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<opin-support>');
  });
});
