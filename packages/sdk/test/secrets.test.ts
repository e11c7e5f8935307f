import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDeskClient } from '../src/desk.js';
import { createSupportClient } from '../src/index.js';
import { accessToken, errorBody } from './support/fixtures.js';
import { useFaultServer, type ScriptedResponse } from './support/fault-server.js';

const server = useFaultServer();

const access = { id: 'OPIN-000123', accessToken };
const deskKey = 'desk_KEY_SECRET_42';

/** Fails if the secret shows up anywhere a log or error report could pick it up. */
function expectNoSecret(error: unknown, secret: string) {
  expect(error).toBeInstanceOf(Error);
  const e = error as Error;
  const views = [
    JSON.stringify(e),
    String(e),
    e.stack ?? '',
    String(e.cause),
    inspect(e, { depth: 10 }),
    ...Object.values(e).map((value) => inspect(value, { depth: 10 })),
  ];
  for (const view of views) expect(view).not.toContain(secret);
}

const echo = (secret: string): ScriptedResponse => ({
  status: 401,
  body: errorBody('unauthorized', `Bearer ${secret} is not valid`, [
    { path: ['authorization', secret], message: `got ${secret}` },
  ]),
});

/**
 * Each way a call can fail, and the error it must give. Only the timeout case has a short
 * timeout: the others must reach their own failure, however busy the machine.
 */
const failures: [string, (secret: string) => ScriptedResponse, string][] = [
  ['an error body that echoes it', echo, 'SupportHttpError'],
  ['a dropped connection', () => ({ drop: true }), 'SupportNetworkError'],
  ['a timeout', () => ({ delayMs: 60_000 }), 'SupportTimeoutError'],
  [
    'an HTML error page that echoes it',
    (secret) => ({ status: 500, body: `<p>${secret}</p>` }),
    'SupportHttpError',
  ],
  [
    'a 2xx body that echoes it',
    (secret) => ({ body: { token: secret } }),
    'SupportResponseValidationError',
  ],
  [
    'invalid JSON that echoes it',
    (secret) => ({ headers: { 'content-type': 'application/json' }, body: `{"${secret}` }),
    'SupportResponseValidationError',
  ],
];

/** The client options for one failure case: a short timeout only where a timeout is the point. */
const tuning = (errorName: string) => ({
  timeout: errorName === 'SupportTimeoutError' ? 30 : 10_000,
  retry: { backoffLimit: 5 },
});

describe('a learner access token', () => {
  it.each(failures)('never appears in the error after %s', async (_, response, errorName) => {
    server.script('GET /tickets/OPIN-000123', response(accessToken));
    const client = createSupportClient({ baseUrl: server.baseUrl, ...tuning(errorName) });

    const error = await client.getTicket(access).catch((e: unknown) => e);

    expect(error).toHaveProperty('name', errorName);
    expectNoSecret(error, accessToken);
  });

  it('never appears in a network error whose fetch quoted it, nor in its cause', async () => {
    const fetch: typeof globalThis.fetch = (_input, init) => {
      const header = new Headers(init?.headers).get('authorization') ?? '';
      const quoted = new Error(`invalid header value: ${header}`);
      return Promise.reject(new TypeError(`fetch failed: ${header}`, { cause: quoted }));
    };
    const client = createSupportClient({ baseUrl: server.baseUrl, fetch, retry: { limit: 0 } });

    const error = await client.getTicket(access).catch((e: unknown) => e);

    expect(error).toHaveProperty('name', 'SupportNetworkError');
    expect(String((error as Error).cause)).toContain('fetch failed: Bearer [redacted]');
    expectNoSecret(error, accessToken);
  });

  it('travels only in the Authorization header, never in a URL', async () => {
    server.script('GET /tickets/OPIN-000123', { status: 503 });
    const client = createSupportClient({ baseUrl: server.baseUrl, retry: { limit: 0 } });

    await client.getTicket(access).catch(() => undefined);

    const [request] = server.requests();
    expect(request?.headers.authorization).toBe(`Bearer ${accessToken}`);
    expect(request?.url).toBe('/tickets/OPIN-000123');
  });
});

describe('a desk key', () => {
  it.each(failures)('never appears in the error after %s', async (_, response, errorName) => {
    server.script('GET /desk/queue', response(deskKey));
    const desk = createDeskClient({ baseUrl: server.baseUrl, deskKey, ...tuning(errorName) });

    const error = await desk.queue().catch((e: unknown) => e);

    expect(error).toHaveProperty('name', errorName);
    expectNoSecret(error, deskKey);
  });

  it('a scrubbed error body keeps its other content', async () => {
    server.script('GET /desk/queue', echo(deskKey));
    const desk = createDeskClient({ baseUrl: server.baseUrl, deskKey });

    await expect(desk.queue()).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'Bearer [redacted] is not valid',
      details: [{ path: ['authorization', '[redacted]'], message: 'got [redacted]' }],
    });
  });
});
