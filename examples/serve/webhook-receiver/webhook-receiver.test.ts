/**
 * The demo webhook receiver over real HTTP on loopback: a push signed with the demo secret is
 * kept and listed, one with a wrong signature is refused with 401 and not kept, the same event id
 * delivered again is kept once, and browsers may read the list only from the examples' origin.
 */
import { signWebhookPayload } from '@opin/support-sdk/webhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedPush } from './received-pushes.js';
import { maxPushBytes } from './receiver-http.js';
import { startWebhookReceiver, type RunningWebhookReceiver } from './webhook-receiver.js';

const examples = 'http://127.0.0.1:4000';
const secret = 'demo-secret-0123456789abcdef0123456789';

function eventBody(seq: number): string {
  return JSON.stringify({
    id: `opin:${seq}`,
    seq,
    type: 'handoff.offered',
    at: '2026-12-07T10:15:00.000Z',
    desk: 'opin',
    ticketId: 'OPIN-482019375568',
    version: 7,
    data: {
      status: 'in_progress',
      owner: 'opin',
      assisting: null,
      handoff: { from: 'opin', to: 'hanken', mode: 'consult', state: 'pending' },
      timelineEventId: 'evt-88',
    },
  });
}

let receiver: RunningWebhookReceiver;

beforeEach(async () => {
  receiver = await startWebhookReceiver({ host: '127.0.0.1', port: 0, secret });
  receiver.allowOrigin(examples);
});
afterEach(async () => {
  await receiver.close();
});

async function push(
  body: string,
  options: { signature?: string; eventId?: string; attempt?: number } = {},
): Promise<Response> {
  const seq = (JSON.parse(body) as { seq: number }).seq;
  return fetch(receiver.hookUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Opin-Event-Id': options.eventId ?? `opin:${seq}`,
      'Opin-Event-Type': 'handoff.offered',
      'Opin-Delivery-Id': `delivery-${seq}-${options.attempt ?? 1}`,
      'Opin-Delivery-Attempt': String(options.attempt ?? 1),
      'Opin-Signature': options.signature ?? (await signWebhookPayload(secret, body)),
    },
    body,
  });
}

async function listed(headers: Record<string, string> = {}): Promise<ReceivedPush[]> {
  const response = await fetch(`${receiver.apiUrl}/webhooks`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { webhooks: ReceivedPush[] }).webhooks;
}

describe("the demo's webhook receiver", () => {
  it('keeps a push signed with its secret and lists it newest first', async () => {
    expect((await push(eventBody(1))).status).toBe(204);
    expect((await push(eventBody(2), { attempt: 3 })).status).toBe(204);
    const pushes = await listed();
    expect(pushes.map((p) => [p.event.id, p.deliveryId, p.attempt])).toEqual([
      ['opin:2', 'delivery-2-3', 3],
      ['opin:1', 'delivery-1-1', 1],
    ]);
    expect(pushes[0]?.event).toEqual(JSON.parse(eventBody(2)));
    expect(receiver.hookUrl).toBe(`${receiver.apiUrl}/hooks`);
  });

  it('refuses a bad signature with 401 and keeps nothing of it', async () => {
    const body = eventBody(1);
    const wrong = await signWebhookPayload('another-secret-0123456789abcdef012345', body);
    const forged = await push(body, { signature: wrong });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: 'bad_signature' } });
    // Signed, then changed by one byte.
    const signature = await signWebhookPayload(secret, body);
    const changed = await push(body.replace('"version":7', '"version":8'), { signature });
    expect(changed.status).toBe(401);
    const old = await signWebhookPayload(secret, body, {
      timestamp: new Date(Date.now() - 600_000),
    });
    expect((await push(body, { signature: old })).status).toBe(401);
    expect((await push(body, { signature: '' })).status).toBe(401);
    expect(await listed()).toEqual([]);
  });

  it('keeps a duplicate event id once, answering 204 each time', async () => {
    expect((await push(eventBody(1), { attempt: 1 })).status).toBe(204);
    expect((await push(eventBody(1), { attempt: 2 })).status).toBe(204);
    expect((await push(eventBody(1), { attempt: 2 })).status).toBe(204);
    expect((await listed()).map((p) => [p.event.id, p.attempt])).toEqual([['opin:1', 1]]);
  });

  it('refuses an Opin-Event-Id that is not the signed event id, and an oversized body', async () => {
    const mismatch = await push(eventBody(1), { eventId: 'opin:2' });
    expect(mismatch.status).toBe(400);
    const huge = await push(JSON.stringify({ seq: 1, pad: 'x'.repeat(maxPushBytes) }));
    expect(huge.status).toBe(413);
    expect(await listed()).toEqual([]);
  });

  it('keeps the last 50', async () => {
    const small = await startWebhookReceiver({ host: '127.0.0.1', port: 0, secret, keep: 2 });
    try {
      for (const seq of [1, 2, 3]) {
        const body = eventBody(seq);
        const response = await fetch(small.hookUrl, {
          method: 'POST',
          headers: {
            'Opin-Event-Id': `opin:${seq}`,
            'Opin-Signature': await signWebhookPayload(secret, body),
          },
          body,
        });
        expect(response.status).toBe(204);
      }
      const response = await fetch(`${small.apiUrl}/webhooks`);
      const { webhooks } = (await response.json()) as { webhooks: ReceivedPush[] };
      expect(webhooks.map((p) => p.event.id)).toEqual(['opin:3', 'opin:2']);
    } finally {
      await small.close();
    }
  });

  it("lets browsers read the list from the examples' origin only, and never push", async () => {
    const allowed = await fetch(`${receiver.apiUrl}/webhooks`, { headers: { Origin: examples } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(examples);
    const other = await fetch(`${receiver.apiUrl}/webhooks`, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${receiver.apiUrl}/webhooks`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example' },
    });
    expect(preflight.status).toBe(403);
    const body = eventBody(1);
    const fromPage = await fetch(receiver.hookUrl, {
      method: 'POST',
      headers: {
        Origin: examples,
        'Opin-Event-Id': 'opin:1',
        'Opin-Signature': await signWebhookPayload(secret, body),
      },
      body,
    });
    expect(fromPage.status).toBe(403);
    expect(await listed()).toEqual([]);
  });

  it('makes a secret of its own, 32 random bytes, when given none', async () => {
    const made = await startWebhookReceiver({ host: '127.0.0.1', port: 0 });
    await made.close();
    expect(Buffer.from(made.secret, 'base64url')).toHaveLength(32);
    expect(made.secret).not.toBe(receiver.secret);
  });
});
