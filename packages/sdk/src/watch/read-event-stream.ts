/**
 * @internal Reads a `text/event-stream` body frame by frame. A connection silent for longer than
 * `idleTimeoutMs` (the server sends a heartbeat at least every 25 s) is treated as ended; one that
 * breaks off is a `SupportNetworkError`. Leaving the loop early cancels the body, which releases
 * the connection.
 */
import { SupportNetworkError } from '../errors/support-network-error.js';
import { createEventStreamParser, type EventStreamFrame } from './event-stream-parser.js';

export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  idleTimeoutMs: number,
): AsyncGenerator<EventStreamFrame, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parse = createEventStreamParser();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void reader.cancel().catch(() => undefined), idleTimeoutMs);
  };
  try {
    for (;;) {
      stopWhenIdle();
      const { done, value } = await reader.read().catch((error: unknown) => {
        throw new SupportNetworkError('The event stream broke off.', { cause: error });
      });
      if (done) return;
      yield* parse(decoder.decode(value, { stream: true }));
    }
  } finally {
    clearTimeout(idle);
    void reader.cancel().catch(() => undefined);
  }
}
