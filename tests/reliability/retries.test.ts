import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSupportClient,
  SupportHttpError,
  SupportNetworkError,
  SupportRateLimitError,
  SupportTimeoutError,
  type ClientOptions,
  type SupportClient,
} from '@opin/support-sdk';
import { failureOf, gapsBetween, settle, useFakeClock } from './support/fake-clock.js';
import { draft, errorBody, makeTicket } from './support/fixtures.js';
import { apiBase, createScriptedFetch, type ScriptedFetch } from './support/scripted-fetch.js';

let net: ScriptedFetch;
beforeEach(() => {
  useFakeClock();
  net = createScriptedFetch();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const client = (options: Partial<ClientOptions> = {}) =>
  createSupportClient({ baseUrl: apiBase, fetch: net.fetch, ...options });
const failing = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: errorBody(status === 429 ? 'rate_limited' : 'unavailable', 'Not now.'),
});
const filed = { status: 201, body: { ticket: makeTicket(), accessToken: 'a'.repeat(32) } };

const fileTicket = (c: SupportClient) =>
  c.createTicket(draft, { idempotencyKey: 'draft-key-0001' });

/** The two kinds of call the SDK retries, with a good answer for each. */
const retriedCalls: [string, string, (c: SupportClient) => Promise<unknown>, object][] = [
  ['a GET', 'GET /desks', (c) => c.listDesks(), { body: [] }],
  ['a POST with an Idempotency-Key', 'POST /tickets', fileTicket, filed],
];

describe.each(retriedCalls)('%s', (_, key, call, success) => {
  it.each([408, 429, 500, 502, 503, 504])(
    'is retried at most twice after %i, then fails with that status',
    async (status) => {
      net.script(key, failing(status));

      const error = await failureOf(call(client()));

      expect(error).toBeInstanceOf(status === 429 ? SupportRateLimitError : SupportHttpError);
      expect(error).toMatchObject({ status });
      expect(net.requests(key)).toHaveLength(3);
      expect(new Set(net.requests(key).map((r) => r.headers['idempotency-key'])).size).toBe(1);
    },
  );

  it.each([408, 429, 500, 502, 503, 504])(
    'succeeds when a retry after %i gets through',
    async (status) => {
      net.script(key, failing(status), success);

      const result = await settle(call(client()));

      expect(result.status).toBe('fulfilled');
      expect(net.requests(key)).toHaveLength(2);
    },
  );

  it('is retried at most twice after network errors, then fails with SupportNetworkError', async () => {
    net.script(key, { fail: 'network' });

    await expect(failureOf(call(client()))).resolves.toBeInstanceOf(SupportNetworkError);
    expect(net.requests(key)).toHaveLength(3);
  });

  it('is retried at most twice after attempts that time out, then fails with SupportTimeoutError', async () => {
    net.script(key, { fail: 'hang' });

    await expect(failureOf(call(client({ timeout: 1_000 })))).resolves.toBeInstanceOf(
      SupportTimeoutError,
    );
    expect(net.requests(key)).toHaveLength(3);
    expect(net.pending()).toBe(0);
  });

  it.each([400, 401, 403, 404, 409, 413, 415, 422, 501, 505])(
    'is not retried after %i',
    async (status) => {
      net.script(key, failing(status));

      await expect(failureOf(call(client()))).resolves.toMatchObject({ status });
      expect(net.requests(key)).toHaveLength(1);
    },
  );

  it.each([0.25, 0.5, 0.75])(
    'backs off with full jitter: %d of 0.3 s, then of 0.6 s',
    async (random) => {
      vi.spyOn(Math, 'random').mockReturnValue(random);
      net.script(key, failing(503));

      await failureOf(call(client()));

      expect(gapsBetween(net.requests(key))).toEqual([300 * random, 600 * random]);
    },
  );

  it('caps each backoff at backoffLimit', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.75);
    net.script(key, failing(503));

    await failureOf(call(client({ retry: { backoffLimit: 100 } })));

    expect(gapsBetween(net.requests(key))).toEqual([100, 100]);
  });
});

describe('Retry-After', () => {
  const key = 'POST /tickets';

  it.each([
    ['503', failing(503, { 'retry-after': '20' }), 20_000],
    ['429', failing(429, { 'retry-after': '7' }), 7_000],
    [
      '429 with an HTTP date',
      failing(429, { 'retry-after': 'Wed, 25 Nov 2026 12:00:05 GMT' }),
      5_000,
    ],
    ['0', failing(503, { 'retry-after': '0' }), 0],
  ])('is waited for exactly (%s), instead of the backoff', async (_, answer, wait) => {
    net.script(key, answer, filed);

    await expect(settle(fileTicket(client()))).resolves.toMatchObject({ status: 'fulfilled' });
    expect(gapsBetween(net.requests(key))).toEqual([wait]);
  });

  it('is waited for up to maxRetryAfter, 30 s by default, when the total timeout leaves room', async () => {
    net.script(key, failing(429, { 'retry-after': '30' }), filed);

    await expect(settle(fileTicket(client({ totalTimeout: 120_000 })))).resolves.toMatchObject({
      status: 'fulfilled',
    });
    expect(gapsBetween(net.requests(key))).toEqual([30_000]);
  });

  it.each([
    ['31 s', '31', 31],
    ['an hour, as an HTTP date', 'Wed, 25 Nov 2026 13:00:00 GMT', 3_600],
  ])(
    'longer (%s): SupportRateLimitError carrying retryAfter, without waiting',
    async (_, header, seconds) => {
      net.script(key, failing(429, { 'retry-after': header }), filed);
      const start = Date.now();

      const error = await failureOf(fileTicket(client({ totalTimeout: 7_200_000 })));

      expect(error).toBeInstanceOf(SupportRateLimitError);
      expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: seconds });
      expect(Date.now()).toBe(start);
      expect(net.requests(key)).toHaveLength(1);
    },
  );

  it('longer on a 503: a SupportHttpError carrying retryAfter, without waiting', async () => {
    net.script('GET /desks', failing(503, { 'retry-after': '31' }), { body: [] });
    const start = Date.now();

    const error = await failureOf(client().listDesks());

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject({ status: 503, retryAfter: 31 });
    expect(Date.now()).toBe(start);
  });

  it.each([
    ['a Retry-After that is no delay and no date', { 'retry-after': 'soon' }],
    ['a RateLimit-Reset without a Retry-After', { 'ratelimit-reset': '20' }],
  ])('is not read from %s: the back-off applies', async (_, headers) => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    net.script(key, failing(429, headers), filed);

    await expect(settle(fileTicket(client()))).resolves.toMatchObject({ status: 'fulfilled' });
    expect(gapsBetween(net.requests(key))).toEqual([150]);
  });

  it('is waited for on a 500 too', async () => {
    net.script('GET /desks', failing(500, { 'retry-after': '4' }), { body: [] });

    await expect(settle(client().listDesks())).resolves.toMatchObject({ status: 'fulfilled' });
    expect(gapsBetween(net.requests('GET /desks'))).toEqual([4_000]);
  });

  it('follows a lower maxRetryAfter', async () => {
    net.script(key, failing(429, { 'retry-after': '6' }), filed);

    const error = await failureOf(fileTicket(client({ retry: { maxRetryAfter: 5_000 } })));

    expect(error).toMatchObject({ name: 'SupportRateLimitError', retryAfter: 6 });
    expect(net.requests(key)).toHaveLength(1);
  });
});

describe('totalTimeout', () => {
  it('a back-off that would pass it ends the call at once with the last error', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9);
    net.script('GET /desks', failing(503), { body: [] });
    const start = Date.now();

    const error = await failureOf(client({ totalTimeout: 200 }).listDesks());

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject({ status: 503 });
    expect(Date.now()).toBe(start);
    expect(net.requests('GET /desks')).toHaveLength(1);
  });

  it('a back-off that fits is waited for', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    net.script('GET /desks', failing(503), { body: [] });

    await expect(settle(client({ totalTimeout: 200 }).listDesks())).resolves.toMatchObject({
      status: 'fulfilled',
    });
    expect(gapsBetween(net.requests('GET /desks'))).toEqual([150]);
  });
});
