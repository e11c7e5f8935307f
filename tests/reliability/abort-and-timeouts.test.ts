import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSupportClient,
  SupportAbortError,
  SupportTimeoutError,
  type ClientOptions,
} from '@opin/support-sdk';
import { failureOf, useFakeClock } from './support/fake-clock.js';
import { access, draft, errorBody, makeTicket, ticketFrame } from './support/fixtures.js';
import { letRejectionsSurface, useRejectionProbe } from './support/rejection-probe.js';
import { apiBase, createScriptedFetch, type ScriptedFetch } from './support/scripted-fetch.js';

const unhandled = useRejectionProbe();
let net: ScriptedFetch;
beforeEach(() => {
  useFakeClock();
  net = createScriptedFetch();
});
afterEach(() => vi.useRealTimers());

const client = (options: Partial<ClientOptions> = {}) =>
  createSupportClient({ baseUrl: apiBase, fetch: net.fetch, timeout: 1_000, ...options });
const unavailable = { status: 503, headers: { 'retry-after': '20' }, body: errorBody('x', 'y') };

/** Nothing left behind: no unhandled rejection, no open request, no timer. */
async function expectNothingLeftBehind() {
  await letRejectionsSurface();
  expect(unhandled).toEqual([]);
  expect(net.pending()).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
}

describe('aborting a call', () => {
  it('while the request is in flight: SupportAbortError, and nothing left behind', async () => {
    net.script('GET /desks', { fail: 'hang' });
    const controller = new AbortController();

    const call = client().listDesks({ signal: controller.signal });
    await vi.waitFor(() => expect(net.requests()).toHaveLength(1));
    controller.abort('the learner closed the panel');

    await expect(call).rejects.toMatchObject({
      name: 'SupportAbortError',
      cause: 'the learner closed the panel',
    });
    await expectNothingLeftBehind();
  });

  it('while the body is arriving: SupportAbortError, and nothing left behind', async () => {
    net.script('GET /desks', { fail: 'stall-body' });
    const controller = new AbortController();

    const call = client().listDesks({ signal: controller.signal });
    await vi.waitFor(() => expect(net.pending()).toBe(1));
    controller.abort();

    await expect(call).rejects.toBeInstanceOf(SupportAbortError);
    await expectNothingLeftBehind();
  });

  it('while waiting for a retry: SupportAbortError at once, and nothing left behind', async () => {
    net.script('POST /tickets', unavailable);
    const controller = new AbortController();

    const call = client().createTicket(draft, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1_500); // past the attempt, well inside the 20 s wait
    expect(net.requests()).toHaveLength(1);
    controller.abort();

    await expect(call).rejects.toBeInstanceOf(SupportAbortError);
    expect(net.requests()).toHaveLength(1);
    await expectNothingLeftBehind();
  });

  it('for many calls sharing one signal: every one fails with SupportAbortError', async () => {
    net.script('GET /desks', { fail: 'hang' });
    net.script('GET /tickets/OPIN-000123', { fail: 'stall-body' });
    net.script('POST /tickets', unavailable);
    const controller = new AbortController();
    const { signal } = controller;
    const c = client();

    const calls: Promise<unknown>[] = [
      c.listDesks({ signal }),
      c.getTicket(access, { signal }),
      c.createTicket(draft, { signal }),
    ];
    await vi.waitFor(() => expect(net.requests()).toHaveLength(3));
    controller.abort();

    const errors = await Promise.all(calls.map((call) => call.catch((e: unknown) => e)));
    for (const error of errors) expect(error).toBeInstanceOf(SupportAbortError);
    await expectNothingLeftBehind();
  });

  it('after the call succeeded: changes nothing', async () => {
    net.script('GET /desks', { body: [] });
    const controller = new AbortController();

    await expect(client().listDesks({ signal: controller.signal })).resolves.toEqual([]);
    controller.abort();

    await expectNothingLeftBehind();
  });

  it('of a live ticket watch, while the stream is open: the watch ends without an error', async () => {
    net.script('GET /tickets/OPIN-000123/events', { stream: [ticketFrame(makeTicket())] });
    const controller = new AbortController();
    const seen: number[] = [];

    for await (const ticket of client().watchTicket(access, { signal: controller.signal })) {
      seen.push(ticket.version);
      controller.abort();
    }

    expect(seen).toEqual([1]);
    await expectNothingLeftBehind();
  });
});

describe('timeouts', () => {
  it('attempts that never answer: SupportTimeoutError after the retries, and nothing left behind', async () => {
    net.script('GET /desks', { fail: 'hang' });

    await expect(failureOf(client().listDesks())).resolves.toBeInstanceOf(SupportTimeoutError);
    expect(net.requests()).toHaveLength(3);
    await expectNothingLeftBehind();
  });

  it('a body that stops arriving: SupportTimeoutError, and nothing left behind', async () => {
    net.script('GET /tickets/OPIN-000123', { fail: 'stall-body' });

    const error = await failureOf(client({ retry: { limit: 0 } }).getTicket(access));

    expect(error).toBeInstanceOf(SupportTimeoutError);
    await expectNothingLeftBehind();
  });

  it('the total timeout, reached between attempts: SupportTimeoutError, and nothing left behind', async () => {
    net.script('GET /desks', { fail: 'hang' });

    const error = await failureOf(client({ totalTimeout: 1_500 }).listDesks());

    expect(error).toBeInstanceOf(SupportTimeoutError);
    expect(Date.now() - (net.requests()[0]?.at ?? 0)).toBeLessThanOrEqual(1_500);
    await expectNothingLeftBehind();
  });
});

describe('the rejection probe', () => {
  it('does see an unhandled rejection, so its silence above means something', async () => {
    void Promise.reject(new Error('nobody listens'));

    await letRejectionsSurface();

    expect(unhandled).toEqual([new Error('nobody listens')]);
    unhandled.length = 0;
  });
});
