/**
 * @internal Reads a `text/event-stream` body frame by frame. A connection silent for longer than
 * `idleTimeoutMs` (the server sends a heartbeat at least every 25 s) is treated as ended; one that
 * breaks off is a `SupportNetworkError`. When `signal` aborts, or the loop is left early, the body
 * is cancelled here, which ends the loop and releases the connection: a `fetch` may not end the
 * body on abort (in Node, a `Request`'s signal follows its caller's only weakly, and heartbeats
 * keep an unended body busy).
 */
import { SupportNetworkError } from '../errors/support-network-error.js';
import { createEventStreamParser, type EventStreamFrame } from './event-stream-parser.js';

export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  idleTimeoutMs: number,
  signal: AbortSignal,
): AsyncGenerator<EventStreamFrame, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parse = createEventStreamParser();
  const cancel = () => void reader.cancel().catch(() => undefined);
  let idle: ReturnType<typeof setTimeout> | undefined;
  // The connection's own signal, aborted when the connection ends: its listener goes with it.
  signal.addEventListener('abort', cancel);
  try {
    for (;;) {
      clearTimeout(idle);
      idle = setTimeout(cancel, idleTimeoutMs);
      const { done, value } = await reader.read().catch((error: unknown) => {
        throw new SupportNetworkError('The event stream broke.', { cause: error });
      });
      if (done) return;
      yield* parse(decoder.decode(value, { stream: true }));
    }
  } finally {
    clearTimeout(idle);
    cancel();
  }
}
