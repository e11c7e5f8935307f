/**
 * Watches a page's network requests: which were made (the page's own document excluded) and
 * whether any are still in flight, to wait for the network to go quiet.
 * @internal
 */
import type { Page, Request } from 'playwright-core';

/** The requests one page made, and a way to wait until none is in flight. */
export interface RequestLog {
  /** URLs of every request so far, the document excluded, in order. */
  urls(): string[];
  /** Resolves once, from now, no request has been in flight for `quietMs`; rejects after `timeoutMs`. */
  quiet(quietMs: number, timeoutMs: number): Promise<void>;
}

const pollMs = 25;

/** Starts logging `page`'s requests; call before navigating. */
export function logRequests(page: Page): RequestLog {
  const urls: string[] = [];
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const done = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return;
    inFlight.add(request);
    lastChange = Date.now();
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (!isDocument) urls.push(request.url());
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  return {
    urls: () => [...urls],
    quiet: async (quietMs, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      // Requests an interaction just caused may not have been reported yet: quiet starts now.
      lastChange = Math.max(lastChange, Date.now());
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`network not quiet after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}
