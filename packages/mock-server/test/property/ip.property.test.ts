/**
 * The mock's own IP parsing (it also runs in browsers, without node:net) against Node.js's:
 * which strings are addresses, which lie in a range, and which share a rate-limit bucket.
 */
import { BlockList, isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../http/src/http/client-key.js';
import { addressBucket, inRange, parseIp, parseIpRange } from '../../../http/src/http/ip.js';
import { SEED } from './support/property.js';

function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void) {
  fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns });
}

const notMapped = (address: string) => !/^(0{0,4}:){0,5}:?ffff:/i.test(address);

describe('IP addresses', () => {
  it('are exactly the strings node:net calls addresses', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefABCDEF:.g'.split(''));
    const text = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 45 }),
      fc.ipV4(),
      fc.ipV4Extended(),
      fc.ipV6(),
    );
    check(text, 2000, (value) => {
      expect(parseIp(value) !== undefined, value).toBe(isIP(value) !== 0);
    });
  });

  it('lie in a CIDR range exactly when node:net’s BlockList says so', () => {
    const v4 = fc.tuple(fc.ipV4(), fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.constant('ipv4'));
    const v6 = fc.tuple(
      fc.ipV6().filter(notMapped),
      fc.ipV6().filter(notMapped),
      fc.integer({ min: 0, max: 128 }),
      fc.constant('ipv6'),
    );
    check(fc.oneof(v4, v6), 1000, ([address, network, prefix, family]) => {
      const list = new BlockList();
      list.addSubnet(network, prefix, family);
      const range = parseIpRange(`${network}/${prefix}`);
      const bytes = parseIp(address);
      expect(range && bytes && inRange(bytes, range), `${address} in ${network}/${prefix}`).toBe(
        list.check(address, family),
      );
    });
  });

  it('share a bucket when IPv4 and equal, or IPv6 in the same /64; mapped IPv4 counts as IPv4', () => {
    check(fc.tuple(fc.ipV6().filter(notMapped), fc.ipV6()), 500, ([a, b]) => {
      const list = new BlockList();
      list.addSubnet(a, 64, 'ipv6');
      const same = list.check(b, 'ipv6') && notMapped(b);
      expect(addressKey(a) === addressKey(b), `${a} ~ ${b}`).toBe(same);
    });
    check(fc.ipV4(), 200, (v4) => {
      expect(addressKey(`::ffff:${v4}`)).toBe(addressKey(v4));
      expect(addressBucket(parseIp(v4) ?? new Uint8Array())).toBe(`4:${v4}`);
    });
  });
});
