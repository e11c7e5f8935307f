/**
 * A learner's event stream read over raw `fetch`, frame by frame, for tests that need what the SDK
 * hides: each frame's `event` and `id`, and when the stream ends.
 */

/** One frame of the stream (comments such as heartbeats are skipped). */
export interface SseFrame {
  event: string | undefined;
  id: string | undefined;
  data: string | undefined;
}

/** An open event stream. */
export interface SseStream {
  /** The next frame, or `undefined` once the server ended the stream. */
  nextFrame(): Promise<SseFrame | undefined>;
  /** Stops reading; the server sees the stream cancelled. Safe after the end. */
  cancel(): Promise<void>;
}

/**
 * Opens `GET {baseUrl}/tickets/{id}/events` with the learner's token and, if given,
 * `Last-Event-ID`; fails unless the server answers 200 `text/event-stream`. Once this resolves the
 * server has the stream (its answer's headers came after it followed the ticket).
 */
export async function openEventStream(
  baseUrl: string,
  access: { id: string; accessToken: string },
  lastEventId?: string,
): Promise<SseStream> {
  const headers: Record<string, string> = { authorization: `Bearer ${access.accessToken}` };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  const response = await fetch(`${baseUrl}/tickets/${encodeURIComponent(access.id)}/events`, {
    headers,
  });
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || !type.startsWith('text/event-stream') || !response.body) {
    throw new Error(`no event stream: ${response.status} ${type} ${await response.text()}`);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const nextBlock = async (): Promise<string | undefined> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return block;
      }
      if (ended) return undefined;
      const { done, value } = await reader.read();
      if (done) ended = true;
      else buffer += decoder.decode(value, { stream: true });
    }
  };
  return {
    async nextFrame() {
      for (;;) {
        const block = await nextBlock();
        if (block === undefined) return undefined;
        const frame = parseFrame(block);
        if (frame) return frame;
      }
    },
    async cancel() {
      if (!ended) await reader.cancel().catch(() => undefined);
    },
  };
}

/** The frame in `block`, or `undefined` for a block of comments only. */
function parseFrame(block: string): SseFrame | undefined {
  const frame: SseFrame = { event: undefined, id: undefined, data: undefined };
  let fields = 0;
  for (const line of block.split('\n')) {
    const match = /^(event|id|data): ?(.*)$/.exec(line);
    if (!match) continue;
    fields += 1;
    if (match[1] === 'event') frame.event = match[2];
    if (match[1] === 'id') frame.id = match[2];
    if (match[1] === 'data') frame.data = match[2];
  }
  return fields > 0 ? frame : undefined;
}
