/**
 * The webhook delivery log on the mock (docs/design/realtime.md, "Delivery log and replay"): no
 * desk has a webhook here, but the endpoints answer as the contract says, so api.md, OpenAPI and
 * both hosts agree: an empty list, a replay that finds nothing (404), nothing to replay, and the
 * same refusals of a missing key, a bad filter and a bad body as on the server.
 */
import { createDeskClient } from '@opin/support-sdk/desk';
import { isSupportHttpError } from '@opin/support-sdk';
import { describe, expect, it } from 'vitest';
import { bearer, useMockServer } from './support/http.js';

describe('the webhook delivery log on the mock', () => {
  const handle = useMockServer({ rateLimitPerMinute: 0 });
  const desk = () => createDeskClient({ baseUrl: handle.base, deskKey: 'dev-hanken' });

  it('lists nothing, replays nothing and finds no delivery to replay', async () => {
    expect(await desk().listWebhookDeliveries()).toEqual({ deliveries: [], nextCursor: undefined });
    expect(await desk().listWebhookDeliveries({ state: 'failed', limit: 5 })).toEqual({
      deliveries: [],
      nextCursor: undefined,
    });
    expect(await desk().replayFailedWebhooks()).toEqual({ replayed: 0 });
    const refusal = await desk()
      .replayWebhookDelivery('1')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(isSupportHttpError(refusal) && refusal.status).toBe(404);
  });

  it('refuses a missing key, a bad filter, a cursor and a bad replay body', async () => {
    const list = `${handle.base}/desk/webhook/deliveries`;
    expect((await fetch(list)).status).toBe(401);
    expect((await fetch(`${list}?state=lost`, { headers: bearer('dev-hanken') })).status).toBe(400);
    expect((await fetch(`${list}?cursor=1`, { headers: bearer('dev-hanken') })).status).toBe(400);
    const replay = await fetch(`${handle.base}/desk/webhook/replay`, {
      method: 'POST',
      headers: { ...bearer('dev-hanken'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ state: 'pending' }),
    });
    expect(replay.status).toBe(400);
  });
});
