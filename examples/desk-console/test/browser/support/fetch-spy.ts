/**
 * Watches the page's `fetch` (which the SDK looks up at call time): counts the requests to a path
 * and lets a test answer some itself (an API without the event stream, the demo's webhook
 * receiver). `restore()` puts the page's `fetch` back.
 * @internal
 */

/** Answers a request itself, or `undefined` to let it through. */
export type FetchStub = (url: URL) => Response | undefined;

/** The spy on the page's `fetch`. */
export interface FetchSpy {
  /** How many requests went to a URL whose path ends with `pathEnd` so far (stubbed or not). */
  count(pathEnd: string): number;
  restore(): void;
}

/** Replaces the page's `fetch` until `restore()`. */
export function spyOnFetch(stub: FetchStub = () => undefined): FetchSpy {
  const original = globalThis.fetch;
  const paths: string[] = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    paths.push(url.pathname);
    const stubbed = stub(url);
    return stubbed ? Promise.resolve(stubbed) : original(input, init);
  };
  return {
    count: (pathEnd) => paths.filter((path) => path.endsWith(pathEnd)).length,
    restore: () => void (globalThis.fetch = original),
  };
}
