/**
 * What the server sends to a webhook: the body and headers of an attempt, posted to a loopback
 * receiver and checked there with the SDK's `verifyWebhookSignature`, as a receiver would.
 */
import { readFileSync } from 'node:fs';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import { verifyWebhookSignature } from '@opin/support-sdk/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook } from '../src/delivery/post-webhook.js';
import { webhookAddressGuard } from '../src/delivery/webhook-address-guard.js';
import { webhookBody } from '../src/delivery/webhook-body.js';
import { webhookRequest } from '../src/delivery/webhook-request.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const secret = 'hanken-webhook-secret-0123456789abcdef';
const previous = 'hanken-webhook-secret-old-fedcba9876543210';
const event: DeskEvent = {
  id: 'hanken:42',
  seq: 42,
  type: 'message.learner',
  at: '2026-12-07T10:15:00.000Z',
  desk: 'hanken',
  ticketId: 'OPIN-482019375568',
  version: 7,
  data: {
    status: 'in_progress',
    owner: 'hanken',
    assisting: null,
    handoff: { from: 'opin', to: 'hanken', mode: 'transfer', state: 'accepted' },
    timelineEventId: 'evt-88',
    messageId: 'msg-9',
  },
};
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

/** What a delivery row holds of `event`. */
function bodyOf(e: DeskEvent) {
  return { body: webhookBody(e), eventId: e.id, eventType: e.type };
}

describe('webhookRequest', () => {
  it('is signed by the server and verified by the SDK at the receiver', async () => {
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const request = await webhookRequest({
      ...bodyOf(event),
      deliveryId: 'dlv-1',
      attempt: 3,
      secrets: [secret],
    });
    const lookup = webhookAddressGuard({ allowPrivateNetwork: true, allowLoopback: false });
    const result = await postWebhook({ url: `${receiver.url}/hook`, ...request }, { lookup });
    expect(result).toEqual({ delivered: true, status: 204 });

    const [got] = receiver.received;
    if (!got) throw new Error('nothing received');
    const signature = got.headers['opin-signature'];
    expect(await verifyWebhookSignature(secret, got.body, String(signature))).toEqual(event);
    expect(got.headers).toMatchObject({
      'opin-event-id': 'hanken:42',
      'opin-event-type': 'message.learner',
      'opin-delivery-id': 'dlv-1',
      'opin-delivery-attempt': '3',
      'content-type': 'application/json; charset=utf-8',
      'user-agent': `opin-support-server/${version}`,
    });
    await expect(
      verifyWebhookSignature('another-secret-0123456789abcdef0123', got.body, String(signature)),
    ).rejects.toMatchObject({ code: 'mismatch' });
  });

  it('signs with both secrets during a rotation, each attempt with its own t', async () => {
    const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 10, 15, seconds));
    const first = await webhookRequest({
      ...bodyOf(event),
      deliveryId: 'dlv-2',
      attempt: 1,
      secrets: [secret, previous],
      now: at(0),
    });
    const second = await webhookRequest({
      ...bodyOf(event),
      deliveryId: 'dlv-2',
      attempt: 2,
      secrets: [secret, previous],
      now: at(40),
    });
    expect(second.body).toBe(first.body);
    const signature = first.headers['Opin-Signature'] ?? '';
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(second.headers['Opin-Signature']).not.toBe(signature);
    for (const key of [secret, previous]) {
      expect(await verifyWebhookSignature(key, first.body, signature, { now: at(10) })).toEqual(
        event,
      );
    }
  });
});

describe('webhookBody', () => {
  it('is the same bytes whatever order the stored event has its keys in', () => {
    const shuffled = JSON.parse(
      JSON.stringify({
        data: {
          ...event.data,
          handoff: { state: 'accepted', mode: 'transfer', to: 'hanken', from: 'opin' },
        },
        version: 7,
        ticketId: event.ticketId,
        desk: 'hanken',
        at: event.at,
        type: event.type,
        seq: 42,
        id: event.id,
      }),
    ) as DeskEvent;
    expect(webhookBody(shuffled)).toBe(webhookBody(event));
    expect(webhookBody(event)).toBe(JSON.stringify(event));
  });

  it('leaves out a messageId the event does not have', () => {
    const data = { ...event.data };
    delete data.messageId;
    expect(JSON.parse(webhookBody({ ...event, data }))).toEqual({ ...event, data });
    expect(webhookBody({ ...event, data })).not.toContain('messageId');
  });
});
