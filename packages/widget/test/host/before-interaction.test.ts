/**
 * Launcher mode costs a page nothing until the learner reaches for it: no request, no storage
 * write, no cookie, no timer (it reads one key, the tickets this browser remembers for its API; a
 * visitor who has one gets the reply badge: `reply-badge.test.ts`). This file uses the REAL panel loader, so a request for the panel chunk would
 * show up in the resource timing entries.
 */
import { assert, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define.js';

interface Spies {
  calls: string[];
  restore(): void;
}

/** Records calls to everything that talks to the network, storage or the clock. */
function spyOnSideEffects(): Spies {
  const calls: string[] = [];
  const restores: (() => void)[] = [];
  const spy = <T extends object>(target: T, key: keyof T & string, label: string): void => {
    const original = target[key];
    if (typeof original !== 'function') return;
    target[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(label);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as T[keyof T & string];
    restores.push(() => (target[key] = original));
  };
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  spy(navigator, 'sendBeacon', 'sendBeacon');
  spy(window, 'setTimeout', 'setTimeout');
  spy(window, 'setInterval', 'setInterval');
  spy(window, 'requestIdleCallback', 'requestIdleCallback');
  spy(Storage.prototype, 'getItem', 'storage read');
  spy(Storage.prototype, 'setItem', 'storage write');
  spy(Storage.prototype, 'removeItem', 'storage write');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: (): unknown => {
      calls.push('cookie read');
      return cookie?.get?.call(document);
    },
    set: (value: string) => {
      calls.push('cookie write');
      cookie?.set?.call(document, value);
    },
  });
  restores.push(() => Reflect.deleteProperty(document, 'cookie'));
  return { calls, restore: () => restores.forEach((restore) => restore()) };
}

const resources = (): string[] =>
  performance.getEntriesByType('resource').map((entry) => entry.name);

describe('before the learner interacts (launcher mode)', () => {
  it('makes no request, writes no storage or cookie and starts no timer', async () => {
    const resourcesBefore = resources().length;
    const storageBefore = [localStorage.length, sessionStorage.length];
    const spies = spyOnSideEffects();
    const el = document.createElement('opin-support');
    el.setAttribute('api-base', `${location.origin}/api/v1`);
    document.body.append(el);
    el.institution = 'helsinki';
    el.lang = 'sv';
    await nextFrame();
    await nextFrame();
    spies.restore();

    assert.deepEqual(spies.calls, []);
    assert.deepEqual(resources().slice(resourcesBefore), []);
    assert.deepEqual([localStorage.length, sessionStorage.length], storageBefore);
    el.remove();
  });

  it('queues method calls without loading anything', async () => {
    const resourcesBefore = resources().length;
    const spies = spyOnSideEffects();
    const el = document.createElement('opin-support');
    document.body.append(el);
    el.prefill({ subject: 'Kirjautuminen' });
    el.showTicket('OPIN-000001', 'secret-token');
    await nextFrame();
    spies.restore();

    assert.deepEqual(spies.calls, []);
    assert.deepEqual(resources().slice(resourcesBefore), []);
    el.remove();
  });

  it('fetches the panel chunk on the first hover of the launcher (the check above can see it)', async () => {
    const el = document.createElement('opin-support');
    document.body.append(el);
    el.shadowRoot
      ?.querySelector('[part~="launcher"]')
      ?.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(
      () => resources().some((name) => name.includes('/src/panel/index')),
      'the panel module was not requested',
    );
    el.remove();
  });
});
