/**
 * `postWebhook` against a loopback `node:http` receiver (the entry allows the private network):
 * delivered on 2xx, redirects not followed, Retry-After read and capped, the answer read no
 * further than 4 KiB, a hanging receiver and a connection that never opens cut off by the
 * (injected, short) timeouts, and addresses the guard refuses never connected to.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook, type WebhookPost } from '../src/delivery/post-webhook.js';
import {
  webhookAddressGuard,
  type ResolveHost,
  type WebhookAddressPolicy,
} from '../src/delivery/webhook-address-guard.js';
import {
  startWebhookReceiver,
  type ReceiverAnswer,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

const privateNetwork: WebhookAddressPolicy = { allowPrivateNetwork: true, allowLoopback: false };
const closed: WebhookAddressPolicy = { allowPrivateNetwork: false, allowLoopback: false };
const loopbackGuard = webhookAddressGuard(privateNetwork);

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(answer?: ReceiverAnswer): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(answer);
  receivers.push(started);
  return started;
}

const post = (url: string): WebhookPost => ({
  url,
  body: '{"id":"hanken:1"}',
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Opin-Event-Id': 'hanken:1' },
});

/**
 * The guard, wrapped so that a test can never connect beyond loopback even if the guard were
 * wrong: an address it lets through that is not 127.0.0.1 fails the attempt with TEST_ESCAPED.
 */
function fenced(guard: LookupFunction): LookupFunction {
  return (hostname, options, callback) =>
    guard(hostname, options, (error, addresses, family) => {
      const list = typeof addresses === 'string' ? [addresses] : addresses.map((a) => a.address);
      if (!error && list.some((address) => address !== '127.0.0.1')) {
        callback(Object.assign(new Error('escaped'), { code: 'TEST_ESCAPED' }), '');
      } else callback(error, addresses, family);
    });
}

describe('postWebhook', () => {
  it('posts the body and headers, and a 2xx is delivered', async () => {
    const target = await receiver((_, response) => response.writeHead(200).end('ok'));
    const result = await postWebhook(post(`${target.url}/hooks/opin?token=x`), {
      lookup: loopbackGuard,
    });
    expect(result).toEqual({ delivered: true, status: 200 });
    const [got] = target.received;
    expect(got?.method).toBe('POST');
    expect(got?.path).toBe('/hooks/opin?token=x');
    expect(got?.body.toString('utf8')).toBe('{"id":"hanken:1"}');
    expect(got?.headers['content-length']).toBe('17');
    expect(got?.headers['opin-event-id']).toBe('hanken:1');
    expect(got?.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('does not follow a redirect: a failed attempt with its status', async () => {
    const target = await receiver((request, response) => {
      if (request.path === '/hook') response.writeHead(302, { Location: '/elsewhere' }).end();
      else response.writeHead(204).end();
    });
    const result = await postWebhook(post(`${target.url}/hook`), { lookup: loopbackGuard });
    expect(result).toEqual({ delivered: false, status: 302, failure: 'HTTP_302' });
    expect(target.received.map((request) => request.path)).toEqual(['/hook']);
  });

  it("reads a 500's Retry-After (seconds or a date), at most an hour", async () => {
    let retryAfter = '120';
    const target = await receiver((_, response) =>
      response.writeHead(500, { 'Retry-After': retryAfter }).end('broken'),
    );
    const url = `${target.url}/hook`;
    expect(await postWebhook(post(url), { lookup: loopbackGuard })).toEqual({
      delivered: false,
      status: 500,
      retryAfterSeconds: 120,
      failure: 'HTTP_500',
    });
    retryAfter = '86400';
    expect((await postWebhook(post(url), { lookup: loopbackGuard })).retryAfterSeconds).toBe(3600);
    retryAfter = new Date(Date.now() + 7 * 86_400_000).toUTCString();
    expect((await postWebhook(post(url), { lookup: loopbackGuard })).retryAfterSeconds).toBe(3600);
    retryAfter = 'soon';
    const unreadable = await postWebhook(post(url), { lookup: loopbackGuard });
    expect(unreadable).toEqual({ delivered: false, status: 500, failure: 'HTTP_500' });
  });

  it('stops reading the answer after 4 KiB and closes the connection', async () => {
    let closedByUs: Promise<void> = Promise.resolve();
    const target = await receiver((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      closedByUs = new Promise((resolve) => response.once('close', () => resolve()));
      // An answer that never ends: only the sender's 4 KiB limit ends this exchange before the
      // (long) total timeout.
      const chunk = 'x'.repeat(1024);
      const write = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', write);
      };
      write();
    });
    const result = await postWebhook(post(`${target.url}/hook`), {
      lookup: loopbackGuard,
      totalTimeoutMs: 600_000,
    });
    expect(result).toEqual({ delivered: true, status: 200 });
    await closedByUs;
  });

  it('gives up on a receiver that never answers, with TIMEOUT', async () => {
    const target = await receiver(() => {
      // Never answers.
    });
    const result = await postWebhook(post(`${target.url}/hook`), {
      lookup: loopbackGuard,
      totalTimeoutMs: 200,
    });
    expect(result).toEqual({ delivered: false, failure: 'TIMEOUT' });
    expect(target.received).toHaveLength(1);
  });

  it('gives up on a connection that never opens, with CONNECT_TIMEOUT', async () => {
    const neverResolves: ResolveHost = () => new Promise(() => undefined);
    const result = await postWebhook(post('https://slow-dns.example/hook'), {
      lookup: fenced(webhookAddressGuard(closed, neverResolves)),
      connectTimeoutMs: 100,
    });
    expect(result).toEqual({ delivered: false, failure: 'CONNECT_TIMEOUT' });
  });

  it("verifies the receiver's certificate over https, connecting through the guard", async () => {
    const tls = (name: string) => readFileSync(new URL(`support/tls/${name}`, import.meta.url));
    let served = 0;
    const server = createHttpsServer(
      { key: tls('receiver-test-key.pem'), cert: tls('receiver-test-cert.pem') },
      (_, response) => {
        served++;
        response.writeHead(204).end();
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      let asked = 0;
      const resolve: ResolveHost = () => {
        asked++;
        return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
      };
      const result = await postWebhook(post(`https://receiver.test:${port}/hook`), {
        lookup: fenced(webhookAddressGuard(privateNetwork, resolve)),
      });
      // Self-signed: no CA vouches for it, so nothing is sent.
      expect(result).toEqual({ delivered: false, failure: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(asked).toBe(1);
      expect(served).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fails, without throwing, on a header Node.js refuses to send', async () => {
    const target = await receiver();
    const bad = {
      ...post(`${target.url}/hook`),
      headers: { 'Opin-Delivery-Id': 'a\r\nX-Evil: 1' },
    };
    expect(await postWebhook(bad, { lookup: loopbackGuard })).toEqual({
      delivered: false,
      failure: 'ERR_INVALID_CHAR',
    });
    expect(target.received).toHaveLength(0);
  });

  it('reports a refused connection by its code', async () => {
    const target = await receiver();
    const { port } = target;
    await target.close();
    receivers.length = 0;
    const result = await postWebhook(post(`http://127.0.0.1:${port}/hook`), {
      lookup: loopbackGuard,
    });
    expect(result).toEqual({ delivered: false, failure: 'ECONNREFUSED' });
  });

  it('ends at once when the caller aborts, with ABORTED', async () => {
    const target = await receiver(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const pending = postWebhook(post(`${target.url}/hook`), {
      lookup: loopbackGuard,
      signal: controller.signal,
    });
    while (target.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await pending).toEqual({ delivered: false, failure: 'ABORTED' });
  });
});

describe('postWebhook refuses addresses before connecting', () => {
  it('connects to the address the guard resolved, which a stub may point at loopback', async () => {
    const target = await receiver();
    const resolve: ResolveHost = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    const url = `http://receiver.test:${target.port}/hook`;
    const allowed = await postWebhook(post(url), {
      lookup: fenced(webhookAddressGuard(privateNetwork, resolve)),
    });
    expect(allowed).toEqual({ delivered: true, status: 204 });
    const refused = await postWebhook(post(url), {
      lookup: fenced(webhookAddressGuard(closed, resolve)),
    });
    expect(refused).toEqual({ delivered: false, failure: 'ADDRESS_REFUSED' });
    expect(target.received).toHaveLength(1);
  });

  it('refuses a rebinding host: public when first asked, metadata at connect time', async () => {
    const answers = ['93.184.215.14', '169.254.169.254'];
    let asked = 0;
    const rebinding: ResolveHost = () =>
      Promise.resolve([{ address: answers[asked++] ?? '169.254.169.254', family: 4 }]);
    const guard = webhookAddressGuard(privateNetwork, rebinding);
    // A check before sending (as a config check might make) sees a public address…
    const first = await new Promise<string>((resolve) =>
      guard('rebind.example', { all: false }, (error, address) =>
        resolve(error ? String(error.code) : typeof address === 'string' ? address : 'a list'),
      ),
    );
    expect(first).toBe('93.184.215.14');
    // …and the connection, which resolves again, is refused.
    const result = await postWebhook(post('https://rebind.example/hook'), {
      lookup: fenced(guard),
    });
    expect(result).toEqual({ delivered: false, failure: 'ADDRESS_REFUSED' });
    expect(asked).toBe(2);
  });

  it('refuses IP literals the guard forbids, which node:net would not look up', async () => {
    // The signal is aborted already: were the literal not refused first, the attempt would end
    // as ABORTED without connecting anywhere.
    const signal = AbortSignal.abort();
    const options = { lookup: webhookAddressGuard(privateNetwork), signal };
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'https://[::ffff:169.254.169.254]/',
      'https://[fe80::1]/',
      'https://0.0.0.0/',
    ]) {
      expect(await postWebhook(post(url), options), url).toEqual({
        delivered: false,
        failure: 'ADDRESS_REFUSED',
      });
    }
    const demoOnly = { lookup: webhookAddressGuard(closed), signal };
    expect(await postWebhook(post('http://127.0.0.1:9/'), demoOnly)).toEqual({
      delivered: false,
      failure: 'ADDRESS_REFUSED',
    });
  });

  it('refuses a URL with user info or another scheme', async () => {
    const options = { lookup: loopbackGuard, signal: AbortSignal.abort() };
    expect(await postWebhook(post('https://user:pw@hooks.example/'), options)).toEqual({
      delivered: false,
      failure: 'URL_HAS_CREDENTIALS',
    });
    expect(await postWebhook(post('ftp://hooks.example/'), options)).toEqual({
      delivered: false,
      failure: 'UNSUPPORTED_PROTOCOL',
    });
    expect(await postWebhook(post('not a url'), options)).toEqual({
      delivered: false,
      failure: 'INVALID_URL',
    });
  });
});
