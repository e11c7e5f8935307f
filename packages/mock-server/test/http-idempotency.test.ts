import { describe, expect, it } from 'vitest';
import { errorOf, newKey, postJson, ticketBody, useMockServer } from './support/http.js';

async function stats(base: string): Promise<{ tickets: number }> {
  return (await (await fetch(`${base}/_mock/stats`)).json()) as { tickets: number };
}

describe('idempotent ticket creation over HTTP', () => {
  const handle = useMockServer({ latencyMs: 0 });
  const create = (body: unknown, key: string | undefined) =>
    postJson(`${handle.base}/tickets`, body, key === undefined ? {} : { 'Idempotency-Key': key });

  it('replays the first 201 for the same key and body, marked Idempotent-Replayed', async () => {
    const key = newKey();
    const first = await create(ticketBody(), key);
    const again = await create(ticketBody({ subject: '  En pääse kirjautumaan  ' }), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await stats(handle.base)).tickets).toBe(1);
  });

  it('refuses the same key with another body with 422 idempotency_mismatch', async () => {
    const key = newKey();
    await create(ticketBody(), key);
    const other = await create(ticketBody({ subject: 'Toinen asia' }), key);
    expect(other.status).toBe(422);
    expect((await errorOf(other)).code).toBe('idempotency_mismatch');
  });

  it('requires an Idempotency-Key of 8–255 printable ASCII characters', async () => {
    for (const key of [undefined, 'short', 'has spaces in it']) {
      const response = await create(ticketBody(), key);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    expect((await stats(handle.base)).tickets).toBe(0);
  });
});

describe('an Idempotency-Key still in flight', () => {
  const handle = useMockServer({ latencyMs: 1_000 });

  it('gets 409 conflict for the second of two simultaneous submissions, and one ticket is stored', async () => {
    const key = newKey();
    const submit = () =>
      postJson(`${handle.base}/tickets`, ticketBody(), { 'Idempotency-Key': key });
    const responses = await Promise.all([submit(), submit()]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const conflict = responses.find((response) => response.status === 409);
    expect(conflict && (await errorOf(conflict)).code).toBe('conflict');
    expect((await stats(handle.base)).tickets).toBe(1);

    const retry = await submit();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });
});
