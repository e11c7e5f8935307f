/**
 * @internal The `fetch` ky is given. It hands ky's request to the caller's `fetch` (the `fetch`
 * option, or `globalThis.fetch` looked up at call time) as a URL and an init, so an instrumented
 * `fetch` sees plain arguments.
 *
 * With `readBody`, it also reads the whole body before it resolves. ky 1.x times only the wait for
 * the response headers (sindresorhus/ky#647); ky's per-attempt timeout runs around this `fetch`,
 * so with the body read here a body that stops arriving still ends the attempt with a timeout.
 */
import type { ClientOptions } from '../options.js';

export function callerFetch(
  options: Pick<ClientOptions, 'fetch'>,
  { readBody }: { readBody: boolean },
): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const fetch = options.fetch ?? globalThis.fetch;
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ? await request.text() : undefined,
      signal: request.signal,
    });
    if (!readBody) return response;
    const { status, headers } = response;
    // A 204 has no body (`null`), and a new response for it may not have one either.
    return new Response(response.body && (await response.arrayBuffer()), { status, headers });
  };
}
