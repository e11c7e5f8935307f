/**
 * CORS: every origin may call the API (the widget is embedded on other sites); no cookies. The
 * mock's own `/_mock/*` endpoints answer only the origins `./control-origin.ts` allows.
 * @internal
 */

/**
 * Headers every response carries, CORS or not: browsers take a response only as the type it
 * declares, never sniff it (a JSON error is never rendered as HTML).
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
};

/** Headers every response of the API carries (the mock's `/_mock/*` ones have no CORS). */
export const corsHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'Retry-After, Idempotent-Replayed, X-Next-Cursor, Preference-Applied',
};

/** The same response without its CORS headers (other origins may not read it). */
export function withoutCors(response: Response): Response {
  for (const name of [...response.headers.keys()]) {
    if (name.startsWith('access-control-')) response.headers.delete(name);
  }
  return response;
}

/**
 * The same response (with the API's CORS headers) readable by `origin` alone: `/_mock/*` for an
 * allowed origin.
 */
export function withCorsFor(response: Response, origin: string): Response {
  response.headers.set('Access-Control-Allow-Origin', origin);
  response.headers.append('Vary', 'Origin');
  return response;
}

/** The answer to a preflight `OPTIONS` request. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers':
        'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Prefer',
      'Access-Control-Max-Age': '600',
    },
  });
}
