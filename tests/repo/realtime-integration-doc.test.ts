/**
 * docs/realtime-integration.md tells an institution's ITSM developer what the server sends: its
 * event types, example event, webhook headers, signature test vector, example delivery and the
 * numbers of the retries and limits must stay those of the code (`deskEventSchema`,
 * `webhookBody`, `webhookRequest`, `signWebhookPayload`, `webhookDeliverySchema`, the retry
 * policy, the stream options).
 */
import { readFileSync } from 'node:fs';
import { resolveOptions } from '../../packages/http/src/options.js';
import {
  deskEventSchema,
  deskEventTypeSchema,
  webhookDeliverySchema,
} from '../../packages/sdk/src/schemas/index.js';
import { signWebhookPayload } from '../../packages/sdk/src/webhooks.js';
import { webhookRetryPolicy } from '../../packages/server/src/delivery/retry-schedule.js';
import { maxRetryAfterSeconds } from '../../packages/server/src/delivery/retry-after-seconds.js';
import { maxResponseBytes } from '../../packages/server/src/delivery/post-webhook.js';
import { webhookBody } from '../../packages/server/src/delivery/webhook-body.js';
import { webhookRequest } from '../../packages/server/src/delivery/webhook-request.js';
import { minSecretBytes } from '../../packages/server/src/config/webhook-targets.js';
import { defaultDeskEventRetentionDays } from '../../packages/server/src/tasks/desk-event-retention.js';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(new URL('../../docs/realtime-integration.md', import.meta.url), 'utf8');

/** The contents of the fenced blocks of `language`, in order. */
function blocks(language: string): string[] {
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`$`, 'gmu');
  return [...doc.matchAll(fence)].map((match) => match[1] ?? '');
}

/** The first cells of the table rows whose first cell is one back-quoted word matching `cell`. */
function firstCells(cell: RegExp): string[] {
  return doc
    .split('\n')
    .map((line) => /^\| `([^`]+)` +\|/u.exec(line)?.[1])
    .filter((value): value is string => value !== undefined && cell.test(value));
}

/** The example event: the first JSON block. */
function exampleEvent() {
  const json = blocks('json')[0];
  if (json === undefined) throw new Error('The guide has no JSON example.');
  return { json, event: deskEventSchema.parse(JSON.parse(json)) };
}

describe('the events in docs/realtime-integration.md', () => {
  it('lists every event type, in the schema’s order, and no other', () => {
    expect(firstCells(/^(?!data\.)[a-z]+\.[a-z]+$/u)).toEqual(deskEventTypeSchema.options);
  });

  it('shows an example that is a desk event, its fields in the order the server writes them', () => {
    const { json, event } = exampleEvent();
    expect(JSON.stringify(JSON.parse(json))).toBe(webhookBody(event));
  });
});

describe('the webhooks in docs/realtime-integration.md', () => {
  it('lists the headers of a webhook request, in order, and no other', async () => {
    const { event } = exampleEvent();
    const { headers } = await webhookRequest({
      deliveryId: '1207',
      eventId: event.id,
      eventType: event.type,
      attempt: 1,
      body: webhookBody(event),
      secrets: ['opin-example-secret-0123456789abcdef'],
    });
    expect(firstCells(/^[A-Z][A-Za-z]*(-[A-Z][A-Za-z]*)+$/u)).toEqual(Object.keys(headers));
  });

  it('gives a test vector the SDK signs alike, over the example event as the server posts it', async () => {
    const { event } = exampleEvent();
    const secret = /with the secret\s+`([^`]+)`/u.exec(doc)?.[1] ?? '';
    expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(minSecretBytes);
    const raw = blocks('text').find((block) => block.startsWith('{"id"'));
    expect(raw).toBe(webhookBody(event));
    const header = /^Opin-Signature: (t=\d+,v1=[0-9a-f]{64})$/mu.exec(doc)?.[1];
    const t = Number(/t=(\d+)/u.exec(header ?? '')?.[1]);
    expect(doc).toContain(`t=${t}\n`); // the OpenSSL example signs the same t
    expect(header).toBe(
      await signWebhookPayload(secret, raw ?? '', { timestamp: new Date(t * 1000) }),
    );
    expect(new Date(t * 1000).toISOString()).toBe('2026-12-07T10:15:00.000Z');
    expect(doc).toContain('the header sent at 2026-12-07 10:15:00 UTC is');
  });

  it('shows an example delivery the delivery log could list', () => {
    const list = JSON.parse(blocks('json')[1] ?? 'null') as unknown[];
    expect(list).toHaveLength(1);
    expect(webhookDeliverySchema.parse(list[0])).toEqual(list[0]);
  });

  it('gives the retry schedule and the limits of the code', () => {
    const seconds = (ms: number) => ms / 1000;
    expect(seconds(webhookRetryPolicy.firstRetryMs)).toBe(10);
    expect(doc).toContain('tried again **10 seconds** later, then after 20, 40, 80 seconds');
    expect(seconds(webhookRetryPolicy.longestWaitMs)).toBe(3600);
    expect(doc).toContain('doubling up to **one hour** between attempts');
    expect(maxRetryAfterSeconds).toBe(3600);
    expect(doc).toContain('replaces the wait, up to an hour');
    expect(seconds(webhookRetryPolicy.giveUpAfterMs)).toBe(3 * 24 * 3600);
    expect(doc).toContain('more than **3 days**');
    expect(maxResponseBytes).toBe(4096);
    expect(doc).toContain('at most 4 KiB of the body');
    expect(minSecretBytes).toBe(32);
    expect(doc).toContain('at least 32 bytes');
    expect(defaultDeskEventRetentionDays).toBe(14);
    expect(doc).toContain('events 14 days by default');
  });
});

describe('the event stream in docs/realtime-integration.md', () => {
  it('gives the limits and the heartbeat of the API’s defaults', () => {
    const options = resolveOptions();
    expect(doc).toContain(`**Limits**: ${options.maxStreamsPerDesk} streams at once per desk`);
    expect(doc).toContain(`and\n  ${options.maxStreamsPerClient} per client address`);
    expect(options.maxStreamBacklogBytes).toBe(1024 * 1024);
    expect(doc).toContain('1 MiB behind at a heartbeat');
    expect(doc).toContain(`every ${options.heartbeatMs / 1000} seconds`);
  });
});
