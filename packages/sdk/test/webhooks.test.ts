/**
 * `@opin/support-sdk/webhooks`: the signature the server sends (`Opin-Signature`) against a vector
 * computed here independently with node:crypto, and every way `verifyWebhookSignature` refuses.
 */
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isWebhookSignatureError,
  signWebhookPayload,
  verifyWebhookSignature,
  WebhookSignatureError,
  type DeskEvent,
  type WebhookSignatureErrorCode,
} from '../src/webhooks.js';

const secret = 'whsec-test-0123456789abcdef0123456789abcdef';
const previous = 'whsec-old-fedcba9876543210fedcba9876543210';
const event: DeskEvent = {
  id: 'hanken:42',
  seq: 42,
  type: 'handoff.offered',
  at: '2026-12-07T10:15:00.000Z',
  desk: 'hanken',
  ticketId: 'OPIN-482019375568',
  version: 7,
  data: {
    status: 'in_progress',
    owner: 'opin',
    assisting: null,
    handoff: { from: 'opin', to: 'hanken', mode: 'consult', state: 'pending' },
    timelineEventId: 'evt-88',
  },
};
const body = JSON.stringify(event);
const t = 1796638500; // 2026-12-07T10:15:00Z
const signedAt = new Date(t * 1000);

/** HMAC-SHA256 of `"<t>.<body>"`, computed with node:crypto, not with the code under test. */
function nodeHmac(key: string, timestamp: number, raw: string | Uint8Array): string {
  return createHmac('sha256', key).update(`${timestamp}.`).update(raw).digest('hex');
}

async function refusal(promise: Promise<unknown>): Promise<WebhookSignatureErrorCode> {
  const error = await promise.then(
    () => {
      throw new Error('verified, but a refusal was expected');
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WebhookSignatureError);
  expect(isWebhookSignatureError(error)).toBe(true);
  return (error as WebhookSignatureError).code;
}

describe('signWebhookPayload', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256, as node:crypto computes it', async () => {
    const header = await signWebhookPayload(secret, body, { timestamp: signedAt });
    // The fixed vector, and the same computed independently.
    const expected = '0c862862c30b933a9d887bb9bf0872c47eda8ffcae2ed2534b0d00806d7482b9';
    expect(nodeHmac(secret, t, body)).toBe(expected);
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  it('signs the bytes of a Uint8Array body and of a string body alike (UTF-8)', async () => {
    const text = body.replace('evt-88', 'evt-ääkköset-🙂');
    const bytes = new TextEncoder().encode(text);
    const fromBytes = await signWebhookPayload(secret, bytes, { timestamp: signedAt });
    expect(fromBytes).toBe(await signWebhookPayload(secret, text, { timestamp: signedAt }));
    expect(fromBytes).toBe(`t=${t},v1=${nodeHmac(secret, t, bytes)}`);
  });

  it('signs with each secret of a rotation, the current one first', async () => {
    const header = await signWebhookPayload([secret, previous], body, { timestamp: signedAt });
    expect(header).toBe(`t=${t},v1=${nodeHmac(secret, t, body)},v1=${nodeHmac(previous, t, body)}`);
  });

  it('takes the timestamp to whole seconds, and now by default', async () => {
    const header = await signWebhookPayload(secret, body, { timestamp: new Date(t * 1000 + 999) });
    expect(header.startsWith(`t=${t},`)).toBe(true);
    const before = Math.floor(Date.now() / 1000);
    const fresh = Number(/^t=(\d+),/.exec(await signWebhookPayload(secret, body))?.[1]);
    expect(fresh).toBeGreaterThanOrEqual(before);
  });

  it('refuses an empty secret or none', async () => {
    await expect(signWebhookPayload('', body)).rejects.toThrow(TypeError);
    await expect(signWebhookPayload([], body)).rejects.toThrow(TypeError);
  });
});

describe('verifyWebhookSignature', () => {
  const now = new Date((t + 30) * 1000);
  const header = `t=${t},v1=${nodeHmac(secret, t, body)}`;

  it('returns the desk event of a request signed as node:crypto computes it', async () => {
    expect(await verifyWebhookSignature(secret, body, header, { now })).toEqual(event);
    const bytes = new TextEncoder().encode(body);
    expect(await verifyWebhookSignature(secret, bytes, header, { now })).toEqual(event);
  });

  it('verifies what signWebhookPayload signed, now by default', async () => {
    const signed = await signWebhookPayload(secret, body);
    expect(await verifyWebhookSignature(secret, body, signed)).toEqual(event);
  });

  it('refuses a body with one byte changed', async () => {
    const changed = body.replace('"version":7', '"version":8');
    expect(await refusal(verifyWebhookSignature(secret, changed, header, { now }))).toBe(
      'mismatch',
    );
    const bytes = new TextEncoder().encode(body);
    const at = bytes.length - 2;
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    expect(await refusal(verifyWebhookSignature(secret, bytes, header, { now }))).toBe('mismatch');
  });

  it('refuses a wrong secret, and a signature whose t was changed', async () => {
    const wrong = 'whsec-wrong-0123456789abcdef0123456789abcd';
    expect(await refusal(verifyWebhookSignature(wrong, body, header, { now }))).toBe('mismatch');
    const moved = header.replace(`t=${t}`, `t=${t + 1}`);
    expect(await refusal(verifyWebhookSignature(secret, body, moved, { now }))).toBe('mismatch');
  });

  it('refuses t older or further ahead than the tolerance (300 s by default)', async () => {
    const at = (offset: number) => ({ now: new Date((t + offset) * 1000) });
    expect(await verifyWebhookSignature(secret, body, header, at(300))).toEqual(event);
    expect(await verifyWebhookSignature(secret, body, header, at(-300))).toEqual(event);
    expect(await refusal(verifyWebhookSignature(secret, body, header, at(301)))).toBe('too_old');
    expect(await refusal(verifyWebhookSignature(secret, body, header, at(-301)))).toBe('too_old');
    const narrow = { ...at(61), toleranceSeconds: 60 };
    expect(await refusal(verifyWebhookSignature(secret, body, header, narrow))).toBe('too_old');
  });

  it('refuses a tolerance that is no number of seconds, rather than ignore the time', async () => {
    for (const toleranceSeconds of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      await expect(
        verifyWebhookSignature(secret, body, header, { now, toleranceSeconds }),
      ).rejects.toThrow(TypeError);
    }
  });

  it("takes either secret of a rotation's two v1 values", async () => {
    const rotating = await signWebhookPayload([secret, previous], body, { timestamp: signedAt });
    expect(rotating.split(',v1=')).toHaveLength(3);
    expect(await verifyWebhookSignature(secret, body, rotating, { now })).toEqual(event);
    expect(await verifyWebhookSignature(previous, body, rotating, { now })).toEqual(event);
    const other = 'whsec-other-0123456789abcdef0123456789abcd';
    expect(await refusal(verifyWebhookSignature(other, body, rotating, { now }))).toBe('mismatch');
  });

  it('skips parts of a later scheme it does not know', async () => {
    const withV2 = `${header},v2=${'ab'.repeat(40)}`;
    expect(await verifyWebhookSignature(secret, body, withV2, { now })).toEqual(event);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['no t', `v1=${nodeHmac(secret, t, body)}`],
    ['no v1', `t=${t}`],
    ['t not digits', `t=${t}.5,v1=${nodeHmac(secret, t, body)}`],
    ['t twice', `t=${t},t=${t},v1=${nodeHmac(secret, t, body)}`],
    ['v1 too short', `t=${t},v1=abcdef`],
    ['v1 not hex', `t=${t},v1=${'z'.repeat(64)}`],
    ['not key=value', `t=${t};v1=${nodeHmac(secret, t, body)}`],
    ['an empty part', `t=${t},,v1=${nodeHmac(secret, t, body)}`],
    ['far too long', `t=${t},${`v1=${nodeHmac(secret, t, body)},`.repeat(20)}`],
  ])('refuses a malformed header: %s', async (_, value) => {
    expect(await refusal(verifyWebhookSignature(secret, body, value, { now }))).toBe('malformed');
  });

  it('refuses a correctly signed body that is not a desk event', async () => {
    const sign = (raw: string | Uint8Array) =>
      signWebhookPayload(secret, raw, { timestamp: signedAt });
    const notEvent = JSON.stringify({ ...event, type: 'ticket.deleted' });
    const notJson = body.slice(0, -1);
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    for (const raw of [notEvent, notJson, notUtf8]) {
      const signed = await sign(raw);
      expect(await refusal(verifyWebhookSignature(secret, raw, signed, { now }))).toBe('malformed');
    }
  });
});

describe('the webhooks entry', () => {
  it('imports no Node.js module (Web Crypto only), so it bundles for any runtime', () => {
    const dir = new URL('../src/webhooks/', import.meta.url);
    const sources = [
      new URL('../src/webhooks.ts', import.meta.url),
      ...readdirSync(dir).map((name) => new URL(name, dir)),
    ].map((file) => readFileSync(file, 'utf8'));
    expect(sources.length).toBeGreaterThan(4);
    for (const source of sources) {
      expect(source).not.toMatch(/from ['"](node:|crypto['"])/);
      expect(source).not.toMatch(/require\(/);
    }
  });
});
