/**
 * Answers chosen requests of the page's `fetch` (which the SDK looks up at call time) before the
 * mock sees them: a 503, a 429 or a 400 for one endpoint, while everything else goes through.
 * @internal
 */

/** Which requests to answer and how; `times` limits how often (default: every time). */
export interface FetchStub {
  method: string;
  path: RegExp;
  respond: () => Response;
  times?: number;
}

/** Installs `stub` on `window.fetch`; returns a function that removes it. */
export function stubFetch(stub: FetchStub): () => void {
  const original = window.fetch.bind(window);
  let left = stub.times ?? Infinity;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (left > 0 && request.method === stub.method && stub.path.test(url.pathname)) {
      left--;
      return Promise.resolve(stub.respond());
    }
    return original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/** A JSON error response in the contract's shape. */
export function errorResponse(
  status: number,
  code: string,
  extra: { details?: unknown[]; headers?: Record<string, string> } = {},
): Response {
  const body = {
    error: { code, message: code, ...(extra.details ? { details: extra.details } : {}) },
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...extra.headers },
  });
}
