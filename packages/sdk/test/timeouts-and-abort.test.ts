import { describe, expect, it, vi } from 'vitest';
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

const slow = { delayMs: 60_000, body: [topic] };

describe('timeouts', () => {
  it('an attempt slower than timeout is retried, then fails with SupportTimeoutError', async () => {
    server.script('GET /topics', slow);
    const client = createSupportClient({
      baseUrl: server.baseUrl,
      timeout: 30,
      retry: { backoffLimit: 5 },
    });

    const error = await client.listTopics({ locale: 'fi' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportTimeoutError);
    expect(isSupportTimeoutError(error)).toBe(true);
    expect(server.requests('GET /topics')).toHaveLength(3);
  });

  it('a slow attempt followed by a quick one succeeds', async () => {
    server.script('GET /topics', slow, { body: [topic] });
    // Generous enough that the quick attempt never times out on a loaded machine.
    const client = createSupportClient({ baseUrl: server.baseUrl, timeout: 500 });

    await expect(client.listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
  });

  it('totalTimeout bounds the whole call, retries included', async () => {
    server.script('GET /topics', slow);
    const client = createSupportClient({
      baseUrl: server.baseUrl,
      timeout: 10_000,
      totalTimeout: 50,
    });

    await expect(client.listTopics({ locale: 'fi' })).rejects.toBeInstanceOf(SupportTimeoutError);
    expect(server.requests('GET /topics')).toHaveLength(1);
  });
});

describe('the caller aborting', () => {
  it('rejects a call in flight with SupportAbortError carrying the reason', async () => {
    server.script('GET /topics', slow);
    const client = createSupportClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();

    const pending = client.listTopics({ locale: 'fi' }, { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests()).toHaveLength(1));
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
    await vi.waitFor(() => expect(server.requests()).toHaveLength(1));
    controller.abort();

    await expect(pending).rejects.toBeInstanceOf(SupportAbortError);
    expect(server.requests()).toHaveLength(1);
  });
});
