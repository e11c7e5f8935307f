/**
 * The panel's take-over of the response the host requested with the panel's code
 * (`src/panel/data/prefetched-topics.ts`): the first `GET …/topics` for the same URL gets it, with
 * no request of its own; anything else goes to the network at once; a response nobody takes is
 * freed. Against the in-page mock API, whose responses carry their URL as the network's do.
 */
import { assert } from '@open-wc/testing';
import { createSupportClient } from '@opin/support-sdk';
import { prefetchHandover } from '../../src/panel/data/prefetched-topics.js';
import { apiBase, resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const topicsUrl = (locale: string) => `${apiBase}/topics?locale=${locale}`;

/** Counts the requests that reach the page's `fetch` from now on. */
function countRequests(): { urls: string[]; restore(): void } {
  const original = window.fetch.bind(window);
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new Request(input, init).url);
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

describe('taking over the prefetched topics', () => {
  let requests: ReturnType<typeof countRequests> | undefined;
  before(() => resetMock());
  afterEach(() => requests?.restore());

  it('answers the SDK’s first request for the same URL with it, and the next from the network', async () => {
    const prefetched = fetch(topicsUrl('fi'));
    requests = countRequests();
    const client = createSupportClient({
      baseUrl: apiBase,
      fetch: prefetchHandover(prefetched).fetch,
    });

    const topics = await client.listTopics({ locale: 'fi' });
    assert.isAbove(topics.length, 0);
    assert.deepEqual(requests.urls, [], 'the SDK asked the network itself');
    assert.isTrue((await prefetched).bodyUsed, 'the prefetched body was not read');

    await client.listTopics({ locale: 'fi' });
    assert.deepEqual(requests.urls, [topicsUrl('fi')]);
  });

  it('sends any other request at once, without waiting for the prefetched response', async () => {
    const never = new Promise<Response | undefined>(() => undefined);
    requests = countRequests();
    const handover = prefetchHandover(never);
    const response = await handover.fetch(`${apiBase}/desks`, { method: 'GET' });
    assert.strictEqual(response.status, 200);
    assert.deepEqual(requests.urls, [`${apiBase}/desks`]);
  });

  it('frees a response to another URL (the language changed) and asks the network', async () => {
    const prefetched = fetch(topicsUrl('fi'));
    requests = countRequests();
    const handover = prefetchHandover(prefetched);
    const response = await handover.fetch(topicsUrl('sv'), { method: 'GET' });
    assert.strictEqual(response.url, topicsUrl('sv'));
    assert.deepEqual(requests.urls, [topicsUrl('sv')]);
    const unused = await prefetched;
    await waitUntil(() => unused.bodyUsed, 'the other response was not freed');
  });

  it('asks the network when the host’s request failed', async () => {
    requests = countRequests();
    const handover = prefetchHandover(Promise.resolve(undefined));
    const response = await handover.fetch(topicsUrl('en'), { method: 'GET' });
    assert.strictEqual(response.status, 200);
    assert.deepEqual(requests.urls, [topicsUrl('en')]);
  });

  it('stops waiting when the call is aborted, as fetch does, and frees the late response', async () => {
    let arrive: (response: Response) => void = () => undefined;
    const late = new Promise<Response>((resolve) => (arrive = resolve));
    const handover = prefetchHandover(late);
    const abort = new AbortController();
    const call = handover.fetch(topicsUrl('fi'), { method: 'GET', signal: abort.signal });
    abort.abort();
    const error: unknown = await call.then(
      () => null,
      (reason: unknown) => reason,
    );
    assert.strictEqual((error as Error | null)?.name, 'AbortError');
    const response = await fetch(topicsUrl('fi'));
    arrive(response);
    await waitUntil(() => response.bodyUsed, 'the late response was not freed');
  });

  it('frees a response nobody took when the panel stops', async () => {
    const prefetched = fetch(topicsUrl('fi'));
    prefetchHandover(prefetched).discard();
    const response = await prefetched;
    await waitUntil(() => response.bodyUsed, 'the response was not freed');
  });
});
