/**
 * @internal What `watchTicket` and `watchEvents` share when reading a stream's response: its body
 * if it is an event stream, its frames' JSON, and the jitter of their reconnect waits.
 */

/** The body of an event-stream response; `undefined` (and the body released) for anything else. */
export function eventStreamBody(response: Response): ReadableStream<Uint8Array> | undefined {
  const contentType = response.headers.get('content-type') ?? '';
  if (response.body && /^text\/event-stream\s*(?:;|$)/i.test(contentType)) return response.body;
  void response.body?.cancel().catch(() => undefined);
  return undefined;
}

/** A frame's data as JSON; `undefined` when it is not (the schema then reports it). */
export function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** Between half and all of `ms`. */
export function jitter(ms: number): number {
  return ms / 2 + (Math.random() * ms) / 2;
}
