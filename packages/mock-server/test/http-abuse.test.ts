import { createTicketResponseSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { bearer, errorOf, newKey, postJson, ticketBody, useMockServer } from './support/http.js';

async function json<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

describe('the honeypot', () => {
  const handle = useMockServer();

  it('answers a filled honeypot with a plausible 201 but stores and e-mails nothing', async () => {
    const response = await postJson(
      `${handle.base}/tickets`,
      ticketBody({ website: 'https://spam.example' }),
      {
        'Idempotency-Key': newKey(),
      },
    );
    expect(response.status).toBe(201);
    const body = createTicketResponseSchema.parse(await response.json());
    expect(body.ticket.id).toMatch(/^OPIN-\d{12}$/);
    expect(await json<{ tickets: number }>(`${handle.base}/_mock/stats`)).toMatchObject({
      tickets: 0,
    });
    expect(await json<unknown[]>(`${handle.base}/_mock/outbox`)).toEqual([]);
    const lookup = await fetch(`${handle.base}/tickets/${body.ticket.id}`, {
      headers: bearer(body.accessToken),
    });
    expect(lookup.status).toBe(404);
  });

  it('treats an empty honeypot as a person', async () => {
    const response = await postJson(`${handle.base}/tickets`, ticketBody({ website: '' }), {
      'Idempotency-Key': newKey(),
    });
    expect(response.status).toBe(201);
    expect(await json<{ tickets: number }>(`${handle.base}/_mock/stats`)).toMatchObject({
      tickets: 1,
    });
  });
});

describe('the rate limit', () => {
  const handle = useMockServer({ rateLimitPerMinute: 3 });
  const create = (key = newKey()) =>
    postJson(`${handle.base}/tickets`, ticketBody(), { 'Idempotency-Key': key });

  it('refuses creations over the limit with 429 and Retry-After, not counting replays', async () => {
    const firstKey = newKey();
    for (const key of [firstKey, newKey(), newKey()]) expect((await create(key)).status).toBe(201);
    expect((await create(firstKey)).status).toBe(201);

    const refused = await create();
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('opens again when the minute has passed on the server clock, and after a reset', async () => {
    for (let i = 0; i < 3; i++) await create();
    expect((await create()).status).toBe(429);
    handle.server.api.advanceClock(1);
    expect((await create()).status).toBe(201);

    for (let i = 0; i < 3; i++) await create();
    expect((await fetch(`${handle.base}/_mock/reset`, { method: 'POST' })).status).toBe(204);
    expect((await create()).status).toBe(201);
  });
});

describe('with the rate limit off', () => {
  const handle = useMockServer({ rateLimitPerMinute: 0 });

  it('accepts any number of creations', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 80 }, () =>
        postJson(`${handle.base}/tickets`, ticketBody(), { 'Idempotency-Key': newKey() }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([201]));
    expect(await json<{ tickets: number }>(`${handle.base}/_mock/stats`)).toMatchObject({
      tickets: 80,
    });
  });
});
