import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSupportClient, isSupportError, type ClientOptions } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { failureOf, useFakeClock } from './support/fake-clock.js';
import { access, errorBody } from './support/fixtures.js';
import {
  apiBase,
  createScriptedFetch,
  type ScriptedAnswer,
  type ScriptedFetch,
} from './support/scripted-fetch.js';

let net: ScriptedFetch;
beforeEach(() => {
  useFakeClock();
  net = createScriptedFetch();
});
afterEach(() => vi.useRealTimers());

const learner = (o: ClientOptions) => createSupportClient(o);
const desk = (o: ClientOptions) => createDeskClient({ ...o, deskKey: 'dev-opin' });

/** Every POST that carries no Idempotency-Key, learner and desk side. */
const posts: [string, string, (o: ClientOptions) => Promise<unknown>][] = [
  [
    'sendArticleFeedback',
    'POST /articles/reset-password/feedback',
    (o) => learner(o).sendArticleFeedback('reset-password', { helpful: true, locale: 'fi' }),
  ],
  [
    'previewRouting',
    'POST /routing/preview',
    (o) => learner(o).previewRouting({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
  ],
  [
    'sendMessage',
    'POST /tickets/OPIN-000123/messages',
    (o) => learner(o).sendMessage(access, { body: 'Hei' }),
  ],
  ['reopenTicket', 'POST /tickets/OPIN-000123/reopen', (o) => learner(o).reopenTicket(access)],
  [
    'the desk’s sendMessage',
    'POST /desk/tickets/OPIN-000123/messages',
    (o) =>
      desk(o).sendMessage('OPIN-000123', { body: 'Hei', language: 'fi', visibility: 'learner' }),
  ],
  [
    'the desk’s setStatus',
    'POST /desk/tickets/OPIN-000123/status',
    (o) => desk(o).setStatus('OPIN-000123', 'resolved'),
  ],
  [
    'the desk’s acceptHandoff',
    'POST /desk/tickets/OPIN-000123/handoffs/accept',
    (o) => desk(o).acceptHandoff('OPIN-000123'),
  ],
];

const failing = (status: number, headers: Record<string, string> = {}): ScriptedAnswer => ({
  status,
  headers,
  body: errorBody('unavailable', 'Not now.'),
});

const failures: [string, ScriptedAnswer][] = [
  ['408', failing(408)],
  ['429 with a short Retry-After', failing(429, { 'retry-after': '1' })],
  ['500', failing(500)],
  ['502', failing(502)],
  ['503 with a short Retry-After', failing(503, { 'retry-after': '1' })],
  ['504', failing(504)],
  ['a network error', { fail: 'network' }],
  ['a timeout', { fail: 'hang' }],
];

describe.each(posts)('a POST without an Idempotency-Key: %s', (_, key, post) => {
  it.each(failures)('is sent once and fails with a typed error after %s', async (_, answer) => {
    net.script(key, answer, { status: 500 });

    const error = await failureOf(post({ baseUrl: apiBase, fetch: net.fetch, timeout: 1_000 }));

    expect(isSupportError(error)).toBe(true);
    expect(net.requests()).toHaveLength(1);
    expect(net.requests(key)[0]?.headers['idempotency-key']).toBeUndefined();
  });
});
