/**
 * Successful responses: JSON with CORS headers, or no content.
 * @internal
 */
import { corsHeaders } from './cors.js';

/** Content type of every JSON response. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A JSON response (200 unless told). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonText(JSON.stringify(body), status, headers);
}

/** A response whose JSON is already serialized (e.g. a replayed creation). */
export function jsonText(text: string, status: number, headers: Record<string, string> = {}) {
  return new Response(text, {
    status,
    headers: { ...corsHeaders, 'Content-Type': JSON_CONTENT_TYPE, ...headers },
  });
}

/** 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders } });
}
