import { describe, expect, it } from 'vitest';
import {
  createSupportClient,
  isSupportAbortError,
  isSupportTimeoutError,
  SupportAbortError,
  SupportTimeoutError,
} from '../src/index.js';
import { topic } from './support/fixtures.js';
import { useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

/** An answer that takes a minute: longer than any timeout below, whatever the machine's load. */
const slow = { delayMs: 60_000, body: [topic] };

/** `fetch` that counts the attempts the client makes, whether or not they reach the server. */
function countingFetch() {
  const attempts = { count: 0 };
  const fetch: typeof globalThis.fetch = (input, init) => {
    attempts.count++;
    return globalThis.fetch(input, init);
  };
  return { attempts, fetch };
}

/**
 * Over real sockets, so no assertion here may depend on how fast they are: attempts are counted
 * at the client (a short timeout may end one before it reaches the server), and where an answer
 * must arrive in time the timeout is seconds. The retry and timeout arithmetic itself is tested
 * on a fake clock in tests/reliability (retries.test.ts, abort-and-timeouts.test.ts).
 */
describe('timeouts', () => {
  it('an attempt slower than timeout is retried, then fails with SupportTimeoutError', async () => {
    server.script('GET /topics', slow);
    const { attempts, fetch } = countingFetch();
    const client = createSupportClient({
      baseUrl: server.baseUrl,
      fetch,
      timeout: 30,
      retry: { backoffLimit: 5 },
    });

    const error = await client.listTopics({ locale: 'fi' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportTimeoutError);
    expect(isSupportTimeoutError(error)).toBe(true);
    expect(attempts.count).toBe(3);
    expect(server.requests('GET /topics').length).toBeLessThanOrEqual(3);
  });

  it('a slow attempt followed by a quick one succeeds', async () => {
    server.script('GET /topics', slow, { body: [topic] });
    // The first attempt always times out (its answer is a minute away); the second has seconds
    // to arrive, however busy the machine.
    const client = createSupportClient({ baseUrl: server.baseUrl, timeout: 3_000 });

    await expect(client.listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
    expect(server.requests('GET /topics')).toHaveLength(2);
  });

  it('totalTimeout bounds the whole call, retries included', async () => {
    server.script('GET /topics', slow);
    const { attempts, fetch } = countingFetch();
    const client = createSupportClient({
      baseUrl: server.baseUrl,
      fetch,
      timeout: 10_000,
      totalTimeout: 50,
    });

    await expect(client.listTopics({ locale: 'fi' })).rejects.toBeInstanceOf(SupportTimeoutError);
    expect(attempts.count).toBe(1);
  });
});

describe('the caller aborting', () => {
  it('rejects a call in flight with SupportAbortError carrying the reason', async () => {
    server.script('GET /topics', slow);
    const client = createSupportClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();

    const pending = client.listTopics({ locale: 'fi' }, { signal: controller.signal });
    await server.received(1);
    controller.abort(new Error('user left'));

    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SupportAbortError);
    expect(isSupportAbortError(error)).toBe(true);
    expect((error as Error).cause).toEqual(new Error('user left'));
  });

  it('rejects at once when the signal is already aborted, without a request', async () => {
    const client = createSupportClient({ baseUrl: server.baseUrl });

    await expect(
      client.listTopics({ locale: 'fi' }, { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(SupportAbortError);
    expect(server.requests()).toHaveLength(0);
  });

  it('stops the wait between retries', async () => {
    server.script('GET /topics', { status: 503, headers: { 'retry-after': '20' } });
    const client = createSupportClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();

    const pending = client.listTopics({ locale: 'fi' }, { signal: controller.signal });
    await server.received(1);
    controller.abort();

    await expect(pending).rejects.toBeInstanceOf(SupportAbortError);
    expect(server.requests()).toHaveLength(1);
  });
});
