import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createSupportClient, isSupportError, type ClientOptions } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { failureOf, settle, useFakeClock } from './support/fake-clock.js';
import { access, accessToken, deskKey, draft, errorBody, makeTicket } from './support/fixtures.js';
import {
  apiBase,
  createScriptedFetch,
  type ScriptedAnswer,
  type ScriptedFetch,
} from './support/scripted-fetch.js';

let net: ScriptedFetch;
let consoleCalls: MockInstance[] = [];
beforeEach(() => {
  useFakeClock();
  net = createScriptedFetch();
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  consoleCalls = methods.map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
});
afterEach(() => {
  for (const request of net.requests()) {
    expect(request.url).not.toContain(accessToken);
    expect(request.url).not.toContain(deskKey);
  }
  const logged = consoleCalls.flatMap((spy) => spy.mock.calls).map((args) => inspect(args));
  for (const line of logged) expect(line).not.toMatch(new RegExp(`${accessToken}|${deskKey}`));
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const options: ClientOptions = { baseUrl: apiBase, timeout: 1_000, retry: { backoffLimit: 5 } };
const learner = () => createSupportClient({ ...options, fetch: net.fetch });
const desk = () => createDeskClient({ ...options, fetch: net.fetch, deskKey });

/** Fails if the secret shows up in any way an error could be logged or reported. */
function expectNoSecret(error: unknown, secret: string) {
  expect(isSupportError(error)).toBe(true);
  const e = error as Error;
  const views = [
    JSON.stringify(e),
    JSON.stringify(Object.getOwnPropertyDescriptors(e)),
    String(e),
    e.stack ?? '',
    inspect(e, { depth: Infinity, showHidden: true }),
  ];
  for (const view of views) expect(view).not.toContain(secret);
}

/**
 * Ways a failure can carry a secret back: every one must be scrubbed or dropped. `final` marks the
 * failures that retrying cannot fix, the only ones that end a live watch.
 */
const echoing = (secret: string): [string, ScriptedAnswer, { final: boolean }][] => [
  [
    'a 403 body that echoes it',
    {
      status: 403,
      body: errorBody('forbidden', `Bearer ${secret} may not`, [
        { path: [secret], message: secret },
      ]),
    },
    { final: true },
  ],
  [
    'a 429 with a long Retry-After that echoes it',
    {
      status: 429,
      headers: { 'retry-after': '3600' },
      body: errorBody('rate_limited', `slow down, ${secret}`),
    },
    { final: false },
  ],
  [
    'an HTML 404 page that echoes it',
    { status: 404, body: `<h1>No ${secret}</h1>` },
    { final: true },
  ],
  ['a 2xx body that echoes it', { body: { ...makeTicket(), status: secret } }, { final: true }],
  [
    'invalid JSON that echoes it',
    { headers: { 'content-type': 'application/json' }, body: `{"token": "${secret}` },
    { final: true },
  ],
  ['a body that stops arriving', { fail: 'stall-body' }, { final: false }],
  ['a network error', { fail: 'network' }, { final: false }],
];

/** Token-bearing learner calls; `watch` marks the live watch, which retries all but final failures. */
const learnerCalls: [string, string, () => Promise<unknown>, { watch?: boolean }?][] = [
  ['getTicket', 'GET /tickets/OPIN-000123', () => learner().getTicket(access)],
  [
    'sendMessage',
    'POST /tickets/OPIN-000123/messages',
    () => learner().sendMessage(access, { body: 'Hei' }),
  ],
  ['reopenTicket', 'POST /tickets/OPIN-000123/reopen', () => learner().reopenTicket(access)],
  [
    'watchTicket',
    'GET /tickets/OPIN-000123/events',
    async () => {
      for await (const ticket of learner().watchTicket(access)) expect.fail(ticket.id);
    },
    { watch: true },
  ],
];

describe.each(learnerCalls)('a learner access token, in %s', (_, key, call, kind) => {
  const failures = echoing(accessToken).filter(([, , { final }]) => final || !kind?.watch);
  it.each(failures)('never appears in the error after %s', async (_, answer) => {
    net.script(key, answer);
    net.script('GET /tickets/OPIN-000123', answer); // where a watch falls back to polling

    expectNoSecret(await failureOf(call()), accessToken);
  });
});

describe('the access token createTicket receives', () => {
  const created = { ticket: makeTicket(), accessToken };
  it.each([
    ['a ticket that fails the schema', { status: 201, body: { ...created, ticket: { id: 1 } } }],
    [
      'JSON cut off after the token',
      {
        status: 201,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(created).slice(0, -20),
      },
    ],
    ['the wrong content type', { status: 201, body: JSON.stringify(created) }],
  ])('never appears in the error when the 201 has %s', async (_, answer) => {
    net.script('POST /tickets', answer);

    expectNoSecret(await failureOf(learner().createTicket(draft)), accessToken);
  });
});

const deskCalls: [string, string, () => Promise<unknown>][] = [
  [
    'sendMessage',
    'POST /desk/tickets/OPIN-000123/messages',
    () => desk().sendMessage('OPIN-000123', { body: 'Hei', language: 'fi', visibility: 'learner' }),
  ],
  [
    'setStatus',
    'POST /desk/tickets/OPIN-000123/status',
    () => desk().setStatus('OPIN-000123', 'resolved'),
  ],
  [
    'requestHandoff',
    'POST /desk/tickets/OPIN-000123/handoffs',
    () => desk().requestHandoff('OPIN-000123', { to: 'helsinki', mode: 'consult' }),
  ],
  ['getTicket', 'GET /desk/tickets/OPIN-000123', () => desk().getTicket('OPIN-000123')],
];

describe.each(deskCalls)('a desk key, in %s', (_, key, call) => {
  it.each(echoing(deskKey))('never appears in the error after %s', async (_, answer) => {
    net.script(key, answer);

    expectNoSecret(await failureOf(call()), deskKey);
  });
});

describe('the secrets travel only in the Authorization header', () => {
  it('for every call that carries one, retries and the watch included', async () => {
    net.script('GET /tickets/OPIN-000123', { status: 503 }, { body: makeTicket() });
    net.script('POST /tickets/OPIN-000123/messages', { body: makeTicket() });
    net.script('GET /desk/queue', { body: [] });
    net.script('GET /tickets/OPIN-000123/events', {
      stream: [
        `event: ticket\nid: 2\ndata: ${JSON.stringify(makeTicket({ version: 2, status: 'closed' }))}\n\n`,
      ],
    });

    const watch = async () => {
      for await (const ticket of learner().watchTicket(access))
        expect(ticket.status).toBe('closed');
    };
    const calls = [learner().getTicket(access), learner().sendMessage(access, { body: 'Hei' })];
    const results = await settle(Promise.all([...calls, watch(), desk().queue()]));

    expect(results.status).toBe('fulfilled');
    const authorizations = net.requests().map((request) => request.headers.authorization);
    expect(authorizations.sort()).toEqual(
      [...Array<string>(4).fill(`Bearer ${accessToken}`), `Bearer ${deskKey}`].sort(),
    );
  });
});
