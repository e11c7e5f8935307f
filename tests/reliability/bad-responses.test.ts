import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createSupportClient,
  isSupportError,
  SupportHttpError,
  SupportNetworkError,
  SupportResponseValidationError,
  type SupportClient,
} from '@opin/support-sdk';
import { access, accessToken, draft, makeTicket, routingPreview } from './support/fixtures.js';
import { useRawServer, type RawAnswer } from './support/raw-server.js';

const server = useRawServer();
const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 1 } });

const json = { 'content-type': 'application/json; charset=utf-8' };
const html = { 'content-type': 'text/html; charset=utf-8' };
const twoMiB = 2 * 1024 * 1024;

/** Every learner method that returns JSON, with a body its schema accepts. */
const jsonMethods: [string, (c: SupportClient) => Promise<unknown>, unknown][] = [
  ['listInstitutions', (c) => c.listInstitutions(), []],
  ['listDesks', (c) => c.listDesks(), []],
  ['listTopics', (c) => c.listTopics({ locale: 'fi' }), []],
  ['searchArticles', (c) => c.searchArticles({ locale: 'sv', q: 'kurs' }), []],
  [
    'previewRouting',
    (c) => c.previewRouting({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
    routingPreview,
  ],
  ['createTicket', (c) => c.createTicket(draft), { ticket: makeTicket(), accessToken }],
  ['getTicket', (c) => c.getTicket(access), makeTicket()],
  ['sendMessage', (c) => c.sendMessage(access, { body: 'Hei' }), makeTicket()],
  ['reopenTicket', (c) => c.reopenTicket(access), makeTicket()],
];
/** …and the one that expects 204 No Content. */
const allMethods: [string, (c: SupportClient) => Promise<unknown>][] = [
  ...jsonMethods.map(([name, call]): [string, (c: SupportClient) => Promise<unknown>] => [
    name,
    call,
  ]),
  [
    'sendArticleFeedback',
    (c) => c.sendArticleFeedback('reset-password', { helpful: true, locale: 'fi' }),
  ],
];

/** 2xx answers a JSON method cannot use, made from the body it could. */
const unusable: [string, (valid: unknown) => RawAnswer][] = [
  [
    'an HTML page (a captive portal)',
    () => ({ headers: html, body: '<!doctype html><h1>Wi-Fi</h1>' }),
  ],
  [
    'the right JSON as text/plain',
    (valid) => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid) }),
  ],
  ['the right JSON with no content type', (valid) => ({ body: JSON.stringify(valid) })],
  ['JSON cut short', (valid) => ({ headers: json, body: JSON.stringify(valid).slice(0, -1) })],
  ['an empty body', () => ({ headers: json })],
  ['JSON null', () => ({ headers: json, body: 'null' })],
  ['JSON that fails the schema', () => ({ headers: json, body: '{"unexpected": true}' })],
  ['a huge body that is not JSON', () => ({ headers: json, body: `{${'x'.repeat(twoMiB)}` })],
];

/** Error answers that are not the documented error body, and what the SDK makes of them. */
const undocumentedErrors: [string, RawAnswer, Partial<SupportHttpError>][] = [
  [
    'an HTML 502 page from a proxy',
    { status: 502, headers: html, body: '<html><h1>502 Bad Gateway</h1></html>' },
    { name: 'SupportHttpError', status: 502, code: 'http_502', body: undefined },
  ],
  [
    'a foreign JSON error body',
    { status: 404, headers: json, body: '{"detail": "Not Found"}' },
    { name: 'SupportHttpError', status: 404, code: 'http_404', body: undefined },
  ],
  [
    'an error body cut short',
    { status: 400, headers: json, body: '{"error": {"code": "validation_fai' },
    { name: 'SupportHttpError', status: 400, code: 'http_400', body: undefined },
  ],
  [
    'an empty 500',
    { status: 500 },
    { name: 'SupportHttpError', status: 500, code: 'http_500', body: undefined },
  ],
  [
    'a huge HTML 503 page',
    { status: 503, headers: html, body: `<p>${'x'.repeat(twoMiB)}</p>` },
    { name: 'SupportHttpError', status: 503, code: 'http_503', body: undefined },
  ],
  [
    'an HTML 429 page with a long Retry-After',
    { status: 429, headers: { ...html, 'retry-after': '120' }, body: '<p>Slow down</p>' },
    { name: 'SupportRateLimitError', status: 429, code: 'http_429', retryAfter: 120 },
  ],
];

/** A typed SDK error that does not drag the (possibly huge) body along. */
function expectTypedAndSmall(error: unknown) {
  expect(isSupportError(error)).toBe(true);
  expect(inspect(error, { depth: Infinity }).length).toBeLessThan(20_000);
}

describe.each(jsonMethods)('%s', (_, call, valid) => {
  it.each(unusable)('turns a 2xx with %s into a SupportResponseValidationError', async (_, bad) => {
    server.answer(() => bad(valid));

    const error = await call(client()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportResponseValidationError);
    expect(error).toMatchObject({ status: 200 });
    expectTypedAndSmall(error);
  });
});

describe.each(allMethods)('%s', (_, call) => {
  it.each(undocumentedErrors)('turns %s into a typed error', async (_, answer, expected) => {
    server.answer(() => answer);

    const error = await call(client()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject(expected);
    expectTypedAndSmall(error);
  });

  it.each([
    ['a 200', { status: 200, headers: json, body: JSON.stringify(makeTicket()), cutAfter: 20 }],
    [
      'a 500 page',
      { status: 500, headers: html, body: `<p>${'x'.repeat(1000)}</p>`, cutAfter: 20 },
    ],
  ])('turns %s cut off in the middle of its body into a SupportNetworkError', async (_, answer) => {
    server.answer(() => answer);

    const error = await call(client()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportNetworkError);
    expectTypedAndSmall(error);
  });
});

describe('watchTicket', () => {
  const stream = { 'content-type': 'text/event-stream' };
  const watchUntilItFails = async () => {
    const watch = client().watchTicket(access, { reconnectDelayMs: 1, pollIntervalMs: 1 });
    for await (const ticket of watch) expect.fail(`yielded ${ticket.id}`);
  };

  it.each<[string, (path: string) => RawAnswer]>([
    [
      'a frame whose data is not JSON',
      () => ({ headers: stream, body: 'event: ticket\ndata: {oops\n\n' }),
    ],
    [
      'a huge frame that is not a ticket',
      () => ({ headers: stream, body: `event: ticket\ndata: "${'x'.repeat(twoMiB)}"\n\n` }),
    ],
    [
      'HTML pages instead of the stream and of the ticket',
      () => ({ headers: html, body: '<!doctype html><h1>Wi-Fi</h1>' }),
    ],
  ])('ends with a SupportResponseValidationError after %s', async (_, answer) => {
    server.answer(answer);

    const error = await watchUntilItFails().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportResponseValidationError);
    expectTypedAndSmall(error);
  });

  it('ends with a SupportHttpError after an HTML 404 page', async () => {
    server.answer(() => ({ status: 404, headers: html, body: '<h1>Not Found</h1>' }));

    const error = await watchUntilItFails().catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'SupportHttpError', status: 404, code: 'http_404' });
  });
});
