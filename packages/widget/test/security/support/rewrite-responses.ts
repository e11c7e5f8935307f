/**
 * Puts hostile data into what the API answers: the page's `fetch` (which the SDK looks up at call
 * time) passes matching GET requests to the mock and hands the widget a rewritten JSON body, as a
 * compromised server or a desk's careless data entry would.
 * @internal
 */

/** Rewrites the JSON body of GET requests whose path matches `path`; returns the undo. */
export function rewriteResponses(
  path: RegExp,
  rewrite: (body: unknown, url: URL) => unknown,
): () => void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const response = await original(input, init);
    if (request.method !== 'GET' || !path.test(url.pathname) || !response.ok) return response;
    const body = rewrite(await response.json(), url);
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: response.headers,
    });
  };
  return () => {
    window.fetch = original;
  };
}

/** Replaces every desk's or institution's name, in every language, with `name`. */
export function renameAll(body: unknown, name: string): unknown {
  if (!Array.isArray(body)) return body;
  return body.map((entry: Record<string, unknown>) => ({
    ...entry,
    name: { fi: name, sv: name, en: name },
  }));
}
