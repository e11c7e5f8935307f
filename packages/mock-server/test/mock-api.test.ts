import '@opin/support-http/node';
import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { route } from '../../http/src/http/route.js';
import { createMockApi, deskKeyFor, desks } from '../src/index.js';
import { testContext } from './support/domain.js';
import { ticketBody } from './support/http.js';

function createRequest(origin: string, key: string): Request {
  return new Request(`${origin}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(ticketBody()),
  });
}

describe('createMockApi', () => {
  it('gives each instance its own state', async () => {
    const first = createMockApi();
    const second = createMockApi();
    await getResponse(first.handlers, createRequest('https://a.example', 'key-00000001'));
    const fromSecond = await getResponse(
      second.handlers,
      createRequest('https://b.example', 'key-00000001'),
    );
    expect(fromSecond?.status).toBe(201);
    expect(fromSecond?.headers.get('idempotent-replayed')).toBeNull();
    const stats = await getResponse(
      first.handlers,
      new Request('https://a.example/api/v1/_mock/stats'),
    );
    expect(await stats?.json()).toMatchObject({ tickets: 1 });
  });

  it('serves any origin under /api/v1 by default, and another base path when told', async () => {
    const api = createMockApi({ basePath: 'https://support.example/v2' });
    const hit = await getResponse(api.handlers, new Request('https://support.example/v2/topics'));
    expect(hit?.status).toBe(200);
    const miss = await getResponse(
      api.handlers,
      new Request('https://other.example/api/v1/topics'),
    );
    expect(miss).toBeUndefined();
  });

  it('turns an unexpected failure into a JSON 500 internal_error, never an msw page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = route(testContext(), () => {
      throw new TypeError('boom');
    });
    const response = await failing({
      request: new Request('https://a.example/api/v1/x'),
      params: {},
    });
    if (!response) throw new Error('No response under the base path.');
    expect(response.status).toBe(500);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      error: { code: 'internal_error', message: 'The server failed to handle this request.' },
    });
    quiet.mockRestore();
  });

  it('moves its clock and tells the time', () => {
    const api = createMockApi();
    const before = api.now().getTime();
    api.advanceClock(60);
    expect(api.now().getTime() - before).toBeGreaterThanOrEqual(3_600_000);
    api.reset();
    expect(api.now().getTime() - before).toBeLessThan(3_600_000);
  });

  it('names each desk’s key dev-<deskId>', () => {
    expect(deskKeyFor('helsinki')).toBe('dev-helsinki');
    expect(desks.map((desk) => desk.id)).toContain('opin');
  });

  it('refuses options that cannot work', () => {
    expect(() => createMockApi({ rateLimitPerMinute: -1 })).toThrow(RangeError);
    expect(() => createMockApi({ heartbeatMs: 0 })).toThrow(RangeError);
  });
});
