/**
 * Takes over the response the host requested with the panel's code (`PrefetchedTopics`): the
 * SDK client's `fetch` (`ClientOptions.fetch`) answers the panel's first `GET …/topics` with it
 * when it is the response to that very URL, so the SDK checks, decodes and retries it as its own;
 * any other request, and that one if the URLs differ (the language or the API base changed in the
 * meantime) or the host's request failed, goes to the network. The response is used once; one
 * nobody takes is discarded (its body cancelled) when the panel stops.
 * @internal
 */
import type { PrefetchedTopics } from '../../panel-contract.js';
import { abortable } from './abortable.js';

/** The `fetch` that takes over the prefetched response, and how to let it go. */
export interface PrefetchHandover {
  fetch: typeof globalThis.fetch;
  /** Drops the response if it has not been taken (the panel stopped). */
  discard(): void;
}

/** Frees what a response nobody reads holds (its body), whenever it arrives. */
const drop = (response: Promise<Response | undefined>): void => {
  void response.then((r) => r?.body?.cancel()).catch(() => undefined);
};

const urlOf = (input: RequestInfo | URL): string =>
  input instanceof Request ? input.url : new URL(input, document.baseURI).href;

/** Whether the request for `url` asks for the topics (`GET <base>/topics?locale=…`). */
const isTopics = (input: RequestInfo | URL, url: string, init?: RequestInit): boolean =>
  (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase() === 'GET' &&
  new URL(url).pathname.endsWith('/topics');

/**
 * The handover of `prefetched` (none: every request goes to the network): give its `fetch` to the
 * SDK client (`ClientOptions.fetch`), and call `discard()` when the panel stops.
 */
export function prefetchHandover(prefetched: PrefetchedTopics | undefined): PrefetchHandover {
  let pending = prefetched;
  return {
    async fetch(input, init) {
      const handed = pending;
      const url = urlOf(input);
      if (handed && isTopics(input, url, init)) {
        pending = undefined;
        const signal = init?.signal;
        let response: Response | undefined;
        try {
          response = await (signal ? abortable(handed, signal) : handed);
        } catch (error) {
          // Stopped while it was on its way: as `fetch` would, with the signal's reason.
          drop(handed);
          throw error;
        }
        if (response?.url === url) return response;
        drop(handed);
      }
      // Looked up at each call, as the SDK does: later polyfills and test doubles apply.
      return globalThis.fetch(input, init);
    },
    discard() {
      if (pending) drop(pending);
      pending = undefined;
    },
  };
}
