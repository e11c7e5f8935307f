/**
 * The webhook sender's address guard: which addresses it lets a webhook reach, and that it is
 * asked at connect time. No test here connects anywhere: the resolver is a stub.
 */
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  addressAllowed,
  addressKind,
  webhookAddressGuard,
  type ResolveHost,
  type WebhookAddressPolicy,
} from '../src/delivery/webhook-address-guard.js';

const closed: WebhookAddressPolicy = { allowPrivateNetwork: false, allowLoopback: false };
const privateNetwork: WebhookAddressPolicy = { allowPrivateNetwork: true, allowLoopback: false };
const demo: WebhookAddressPolicy = { allowPrivateNetwork: false, allowLoopback: true };

/** What the guard answers for `hostname`, with `options`. */
function ask(
  lookup: LookupFunction,
  hostname: string,
  options: { all?: boolean; family?: number } = { all: true },
): Promise<{ code?: string; addresses: string | LookupAddress[]; family?: number }> {
  return new Promise((resolve) => {
    lookup(hostname, options, (error, addresses, family) =>
      resolve({ ...(error ? { code: error.code } : {}), addresses, family }),
    );
  });
}

const stub =
  (answers: Record<string, readonly string[]>): ResolveHost =>
  (hostname) =>
    Promise.resolve(
      (answers[hostname] ?? []).map((address) => ({
        address,
        family: address.includes(':') ? 6 : 4,
      })),
    );

describe('addressKind', () => {
  it.each([
    ['93.184.215.14', 'public'],
    ['2606:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.254', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:192.168.0.1', 'private'],
    ['169.254.169.254', 'forbidden'],
    ['169.254.0.1', 'forbidden'],
    ['::ffff:169.254.169.254', 'forbidden'],
    ['fe80::1', 'forbidden'],
    ['224.0.0.1', 'forbidden'],
    ['ff02::1', 'forbidden'],
    ['0.0.0.0', 'forbidden'],
    ['::', 'forbidden'],
    ['255.255.255.255', 'forbidden'],
    ['64:ff9b::a00:1', 'forbidden'], // NAT64 of 10.0.0.1
    ['2002:a00:1::1', 'forbidden'], // 6to4 of 10.0.0.1
    ['not an address', 'forbidden'],
  ])('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  it('edges of the ranges are public just outside them', () => {
    expect(addressKind('172.32.0.1')).toBe('public');
    expect(addressKind('100.128.0.1')).toBe('public');
    expect(addressKind('11.0.0.1')).toBe('public');
  });
});

describe('addressAllowed', () => {
  it('lets only public addresses through by default', () => {
    expect(addressAllowed('93.184.215.14', closed)).toBe(true);
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', 'fd00::1', '100.64.0.1']) {
      expect(addressAllowed(address, closed), address).toBe(false);
    }
  });

  it('lets a private network through with allowPrivateNetwork, loopback alone in the demo', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', 'fd00::1', '100.64.0.1']) {
      expect(addressAllowed(address, privateNetwork), address).toBe(true);
    }
    expect(addressAllowed('127.0.0.1', demo)).toBe(true);
    expect(addressAllowed('::1', demo)).toBe(true);
    expect(addressAllowed('10.0.0.1', demo)).toBe(false);
  });

  it('never lets link-local (cloud metadata), multicast or unspecified through', () => {
    const everything = { allowPrivateNetwork: true, allowLoopback: true };
    for (const address of ['169.254.169.254', 'fe80::1', '224.0.0.1', '0.0.0.0', '::']) {
      expect(addressAllowed(address, everything), address).toBe(false);
    }
  });
});

describe('webhookAddressGuard', () => {
  it('answers with the resolved addresses when all are allowed, as node:net asks', async () => {
    const guard = webhookAddressGuard(
      closed,
      stub({ 'hooks.example': ['93.184.215.14', '2606:4700::1111'] }),
    );
    expect(await ask(guard, 'hooks.example')).toEqual({
      addresses: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:4700::1111', family: 6 },
      ],
    });
    expect(await ask(guard, 'hooks.example', { family: 6 })).toEqual({
      addresses: '2606:4700::1111',
      family: 6,
    });
  });

  it('refuses a host with any forbidden address, and one with none', async () => {
    const guard = webhookAddressGuard(
      privateNetwork,
      stub({ mixed: ['93.184.215.14', '169.254.169.254'], internal: ['10.0.0.5'] }),
    );
    expect((await ask(guard, 'mixed')).code).toBe('ADDRESS_REFUSED');
    expect((await ask(guard, 'nowhere')).code).toBe('ENOTFOUND');
    expect((await ask(guard, 'internal')).code).toBeUndefined();
    const strict = webhookAddressGuard(closed, stub({ internal: ['10.0.0.5'] }));
    expect((await ask(strict, 'internal')).code).toBe('ADDRESS_REFUSED');
  });

  it('judges an IP literal as it is, without the resolver', async () => {
    const guard = webhookAddressGuard(privateNetwork, () => {
      throw new Error('the resolver was asked about a literal');
    });
    expect((await ask(guard, '169.254.169.254')).code).toBe('ADDRESS_REFUSED');
    expect((await ask(guard, '::ffff:169.254.169.254')).code).toBe('ADDRESS_REFUSED');
    expect((await ask(guard, '10.0.0.1')).code).toBeUndefined();
  });

  it('resolves again at every connection, so a rebinding answer is refused', async () => {
    const answers = [['93.184.215.14'], ['169.254.169.254']];
    let asked = 0;
    const guard = webhookAddressGuard(closed, () => {
      const next = answers[asked++] ?? [];
      return Promise.resolve(next.map((address) => ({ address, family: 4 })));
    });
    expect((await ask(guard, 'rebind.example')).code).toBeUndefined();
    expect((await ask(guard, 'rebind.example')).code).toBe('ADDRESS_REFUSED');
    expect(asked).toBe(2);
  });

  it('passes a resolver error on', async () => {
    const guard = webhookAddressGuard(closed, () =>
      Promise.reject(Object.assign(new Error('no'), { code: 'EAI_AGAIN' })),
    );
    expect((await ask(guard, 'flaky.example')).code).toBe('EAI_AGAIN');
  });
});
